using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Formatting;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace GilGen.CodeFixes.CSharp;

/// <summary>
/// A variable holding a collection that is not thread-safe → the matching System.Collections.Concurrent
/// type, where the API maps: <c>List&lt;T&gt;</c> → <c>ConcurrentBag&lt;T&gt;</c> (Add),
/// <c>Dictionary&lt;K, V&gt;</c> → <c>ConcurrentDictionary&lt;K, V&gt;</c> (the indexer; <c>Add</c> becomes
/// <c>TryAdd</c>, <c>Remove(k)</c> becomes <c>TryRemove(k, out _)</c>), <c>Queue&lt;T&gt;</c> →
/// <c>ConcurrentQueue&lt;T&gt;</c> (Enqueue; a <c>Dequeue()</c> whose value is unused becomes
/// <c>TryDequeue(out _)</c>), <c>Stack&lt;T&gt;</c> → <c>ConcurrentStack&lt;T&gt;</c> (Push; likewise Pop).
/// The declaration's type and its <c>new</c> change with it.
/// <para>
/// Offered only when every use of the variable is in this document and the document, rewritten, has no
/// more compile errors than before: a <c>list[i]</c>, a <c>Sort()</c> or a method that takes a
/// <c>List&lt;T&gt;</c> has no concurrent counterpart, and then only the lock fix is offered.
/// </para>
/// </summary>
internal sealed class ConcurrentCollectionRewrite
{
    private static readonly Dictionary<string, string> s_concurrent = new()
    {
        ["List"] = "System.Collections.Concurrent.ConcurrentBag`1",
        ["Dictionary"] = "System.Collections.Concurrent.ConcurrentDictionary`2",
        ["Queue"] = "System.Collections.Concurrent.ConcurrentQueue`1",
        ["Stack"] = "System.Collections.Concurrent.ConcurrentStack`1",
    };

    private readonly List<(SyntaxNode Node, SyntaxNode Replacement)> _edits;

    private ConcurrentCollectionRewrite(string typeName, List<(SyntaxNode, SyntaxNode)> edits)
    {
        TypeName = typeName;
        _edits = edits;
    }

    /// <summary>The concurrent type's name, for the title (<c>ConcurrentBag&lt;T&gt;</c>).</summary>
    public string TypeName { get; }

    /// <summary>
    /// The rewrite of <paramref name="site"/>'s variable in <paramref name="document"/>, or null when its uses
    /// are not all here or the rewritten document would not compile as well as before.
    /// </summary>
    public static async Task<ConcurrentCollectionRewrite?> TryCreateAsync(Document document, CollectionMutationSite site, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (model is null || root is null || site.Variable is IParameterSymbol) return null;
        if (!s_concurrent.TryGetValue(site.Type.Name, out var metadataName)
            || model.Compilation.GetTypeByMetadataName(metadataName) is not { } concurrentDefinition) return null;
        var concurrent = concurrentDefinition.Construct(site.Type.TypeArguments.ToArray());
        if (site.Variable.DeclaringSyntaxReferences.Length != 1
            || site.Variable.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax declarator
            || declarator.SyntaxTree != root.SyntaxTree
            || declarator.Parent is not VariableDeclarationSyntax { Variables.Count: 1 } declaration) return null;
        var generator = SyntaxGenerator.GetGenerator(document);
        var typeSyntax = ImportedTypeName.For(concurrent, model, declaration.SpanStart, generator);
        var edits = new List<(SyntaxNode, SyntaxNode)>();
        if (!declaration.Type.IsVar) edits.Add((declaration.Type, typeSyntax.WithTriviaFrom(declaration.Type)));
        switch (declarator.Initializer?.Value)
        {
            case null or ImplicitObjectCreationExpressionSyntax:
                break;
            case ObjectCreationExpressionSyntax creation:
                edits.Add((creation.Type, typeSyntax.WithTriviaFrom(creation.Type)));
                break;
            default:
                return null;
        }

        var references = await SymbolFinder.FindReferencesAsync(site.Variable, document.Project.Solution, cancellationToken).ConfigureAwait(false);
        foreach (var location in references.SelectMany(r => r.Locations))
        {
            if (location.Document.Id != document.Id) return null;
            var name = root.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
            var reference = name.Parent is MemberAccessExpressionSyntax qualified && qualified.Name == name ? qualified : name;
            if (reference.Parent is MemberAccessExpressionSyntax access && access.Expression == reference
                && access.Parent is InvocationExpressionSyntax call && Renamed(site.Type.Name, access.Name.Identifier.ValueText, call) is { } renamed)
                edits.Add((call, renamed.WithTriviaFrom(call)));
        }

        var rewrite = new ConcurrentCollectionRewrite(concurrent.Name + "<" + string.Join(", ", site.Type.TypeParameters.Select(p => p.Name)) + ">", edits);
        var editor = new SyntaxEditor(root, document.Project.Solution.Services);
        rewrite.Apply(editor);
        var changed = await document.WithSyntaxRoot(editor.GetChangedRoot()).GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (changed is null || Errors(changed, cancellationToken) > Errors(model, cancellationToken)) return null;
        return rewrite;
    }

    /// <summary>Records the rewrite on <paramref name="editor"/>.</summary>
    public void Apply(SyntaxEditor editor)
    {
        foreach (var (node, replacement) in _edits)
            editor.ReplaceNode(node, replacement.WithAdditionalAnnotations(Formatter.Annotation));
    }

    /// <summary>The call that replaces <paramref name="call"/> of <paramref name="method"/> on a collection of <paramref name="collection"/>, or null when it stays.</summary>
    private static ExpressionSyntax? Renamed(string collection, string method, InvocationExpressionSyntax call)
    {
        var access = (MemberAccessExpressionSyntax)call.Expression;
        var unused = call.Parent is ExpressionStatementSyntax;
        var arguments = call.ArgumentList.Arguments;
        var discard = ParseArgumentList("(out _)").Arguments[0]; // parsed: a made-up IdentifierName("_") binds as a name, not a discard
        return (collection, method, arguments.Count) switch
        {
            ("Dictionary", "Add", 2) => call.WithExpression(access.WithName(IdentifierName("TryAdd"))),
            ("Dictionary", "Remove", 1) => call.WithExpression(access.WithName(IdentifierName("TryRemove"))).WithArgumentList(ArgumentList(arguments.Add(discard))),
            ("Dictionary", "Remove", 2) => call.WithExpression(access.WithName(IdentifierName("TryRemove"))),
            ("Queue", "Dequeue", 0) when unused => call.WithExpression(access.WithName(IdentifierName("TryDequeue"))).WithArgumentList(ArgumentList(arguments.Add(discard))),
            ("Stack", "Pop", 0) when unused => call.WithExpression(access.WithName(IdentifierName("TryPop"))).WithArgumentList(ArgumentList(arguments.Add(discard))),
            _ => null,
        };
    }

    private static int Errors(SemanticModel model, CancellationToken cancellationToken) =>
        model.GetDiagnostics(cancellationToken: cancellationToken).Count(d => d.Severity == DiagnosticSeverity.Error);
}
