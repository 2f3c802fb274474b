using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// Collects one syntax tree's <see cref="RaceFacts"/>: each of its <see cref="OperationBlocks"/> visited
/// operation by operation with a <see cref="MemberFactCollector"/>, as an operation-block action with
/// operation actions would, and every declared type's overrides.
/// </summary>
internal static class TreeFacts
{
    private static readonly OperationKindSet WriteKinds = new(MemberFactCollector.WriteKinds);
    private static readonly OperationKindSet ReferenceKinds = new(MemberFactCollector.ReferenceKinds);
    private static readonly OperationKindSet CallKinds = new(MemberFactCollector.CallKinds);
    private static readonly OperationKindSet ConditionalKinds = new(MemberFactCollector.ConditionalKinds);
    private static readonly OperationKindSet ImplicitCallKinds = new(ImplicitCalls.Kinds);

    /// <summary>Adds the facts of <paramref name="model"/>'s tree to <paramref name="facts"/>.</summary>
    public static void Collect(SemanticModel model, RaceFacts facts, CancellationToken cancellationToken)
    {
        var root = model.SyntaxTree.GetRoot(cancellationToken);
        AddTypes(model, root, facts, cancellationToken);
        foreach (var (block, owner) in OperationBlocks.In(model, root, cancellationToken))
            CollectBlock(block, owner, facts, cancellationToken);
    }

    /// <summary>Adds the overrides and interface implementations of every type declared under <paramref name="root"/>.</summary>
    public static void AddTypes(SemanticModel model, SyntaxNode root, RaceFacts facts, CancellationToken cancellationToken)
    {
        foreach (var node in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
        {
            if (node is TypeDeclarationSyntax type && model.GetDeclaredSymbol(type, cancellationToken) is INamedTypeSymbol typeSymbol)
                facts.Dispatch.AddType(typeSymbol);
        }
    }

    /// <summary>Adds the facts of one operation block, owned by <paramref name="owner"/>.</summary>
    public static void CollectBlock(IOperation block, ISymbol owner, RaceFacts facts, CancellationToken cancellationToken)
    {
        var collector = new MemberFactCollector(owner, facts);
        foreach (var operation in block.DescendantsAndSelf())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var kind = operation.Kind;
            if (WriteKinds.Contains(kind)) collector.OnWrite(operation);
            if (ReferenceKinds.Contains(kind)) collector.OnReference(operation);
            if (CallKinds.Contains(kind)) collector.OnCall(operation);
            if (ConditionalKinds.Contains(kind)) collector.OnConditional(operation);
            if (ImplicitCallKinds.Contains(kind)) collector.OnImplicitCall(operation);
        }
        collector.Flush(block);
    }
}
