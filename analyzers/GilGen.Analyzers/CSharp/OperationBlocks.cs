using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// The operation blocks of a syntax tree, or of one type declaration, with their owning symbols: what
/// the analyzer driver hands an operation-block action (method, accessor, operator and constructor
/// bodies, expression-bodied properties and indexers, field and property initializers, a primary
/// constructor's base arguments, top-level statements). Lambdas and local functions are inside their
/// block. For rules that need documents other than the one analyzed, bound by one compilation: the
/// driver analyzes each document alone with a compilation of its own, whose symbols do not match
/// another document's. Members marked <c>[GeneratedCode]</c> are left out, as the driver leaves them
/// out of an analyzer that does not analyze generated code.
/// </summary>
internal static class OperationBlocks
{
    /// <summary>The blocks declared under <paramref name="root"/> (a compilation unit or a type declaration), nested types included.</summary>
    public static IEnumerable<(IOperation Block, ISymbol Owner)> In(SemanticModel model, SyntaxNode root, CancellationToken cancellationToken)
    {
        if (root is CompilationUnitSyntax unit && HasTopLevelStatements(unit)
            && model.GetDeclaredSymbol(unit, cancellationToken) is { } main && Block(model.GetOperation(unit, cancellationToken), main) is { } program)
            yield return program;

        foreach (var node in root.DescendantNodesAndSelf(DescendsInto))
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (node)
            {
                case TypeDeclarationSyntax { ParameterList: not null } type:
                    // A primary constructor's block: its base-type arguments.
                    if (model.GetDeclaredSymbol(type, cancellationToken) is INamedTypeSymbol typeSymbol
                        && PrimaryConstructorOf(typeSymbol, type) is { } constructor
                        && Block(model.GetOperation(type, cancellationToken), constructor) is { } primary)
                        yield return primary;
                    break;
                case BaseMethodDeclarationSyntax method:
                    if (Block(model.GetOperation(method, cancellationToken), model.GetDeclaredSymbol(method, cancellationToken)) is { } body) yield return body;
                    break;
                case AccessorDeclarationSyntax accessor:
                    if (Block(model.GetOperation(accessor, cancellationToken), model.GetDeclaredSymbol(accessor, cancellationToken)) is { } accessorBody) yield return accessorBody;
                    break;
                case BasePropertyDeclarationSyntax property:
                    var propertySymbol = model.GetDeclaredSymbol(property, cancellationToken) as IPropertySymbol;
                    var arrow = property switch
                    {
                        PropertyDeclarationSyntax p => p.ExpressionBody,
                        IndexerDeclarationSyntax i => i.ExpressionBody,
                        _ => null,
                    };
                    if (arrow is not null && Block(model.GetOperation(arrow, cancellationToken), propertySymbol?.GetMethod) is { } getter) yield return getter;
                    if (property is PropertyDeclarationSyntax { Initializer: { } initializer }
                        && Block(model.GetOperation(initializer, cancellationToken), propertySymbol) is { } propertyValue)
                        yield return propertyValue;
                    break;
                case BaseFieldDeclarationSyntax field:
                    foreach (var variable in field.Declaration.Variables)
                    {
                        if (variable.Initializer is { } value
                            && Block(model.GetOperation(value, cancellationToken), model.GetDeclaredSymbol(variable, cancellationToken)) is { } fieldValue)
                            yield return fieldValue;
                    }
                    break;
            }
        }
    }

    private static (IOperation, ISymbol)? Block(IOperation? block, ISymbol? owner) =>
        block is null || owner is null || IsMarkedGenerated(owner) ? null : (block, owner);

    // Into namespaces, types and properties (for their accessors); not into bodies, whose operations
    // are in their block.
    private static bool DescendsInto(SyntaxNode node) => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax
        or BasePropertyDeclarationSyntax or AccessorListSyntax;

    private static bool HasTopLevelStatements(CompilationUnitSyntax unit)
    {
        foreach (var member in unit.Members)
        {
            if (member is GlobalStatementSyntax) return true;
        }
        return false;
    }

    private static IMethodSymbol? PrimaryConstructorOf(INamedTypeSymbol type, TypeDeclarationSyntax declaration)
    {
        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                if (reference.SyntaxTree == declaration.SyntaxTree && reference.Span == declaration.Span) return constructor;
            }
        }
        return null;
    }

    // [GeneratedCode] on the member, on its property or event, or on a type around it.
    private static bool IsMarkedGenerated(ISymbol symbol)
    {
        if (symbol is IMethodSymbol { AssociatedSymbol: { } associated } && HasGeneratedCodeAttribute(associated)) return true;
        for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (HasGeneratedCodeAttribute(current)) return true;
        }
        return false;
    }

    private static bool HasGeneratedCodeAttribute(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (KnownType.Is(attribute.AttributeClass, "System.CodeDom.Compiler", "GeneratedCodeAttribute")) return true;
        }
        return false;
    }
}
