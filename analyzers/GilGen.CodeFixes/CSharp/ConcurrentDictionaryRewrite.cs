using System.Linq;
using GilGen.Analyzers.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace GilGen.CodeFixes.CSharp;

/// <summary>
/// <c>if (!d.ContainsKey(k)) d[k] = v;</c> on a <c>ConcurrentDictionary</c> → one atomic call:
/// <c>d.TryAdd(k, v);</c> when <c>v</c> is a plain value (a name, a literal, a member of one), else
/// <c>d.GetOrAdd(k, _ =&gt; v);</c>, which computes <c>v</c> only when the key is missing, as the
/// <c>if</c> did. Only this exact shape: no <c>else</c>, one statement, the same key.
/// </summary>
internal static class ConcurrentDictionaryRewrite
{
    /// <summary>The replacement of <paramref name="site"/>'s <c>if</c> and the method it calls, or null when the shape is not this one.</summary>
    public static (StatementSyntax Statement, string Method)? TryCreate(CheckThenActSite site)
    {
        if (!site.Shape.OnContents || site.Statement.Else is not null) return null;
        if (!KnownType.Is((site.Variable as IFieldSymbol)?.Type ?? (site.Variable as ILocalSymbol)?.Type ?? (site.Variable as IParameterSymbol)?.Type,
                "System.Collections.Concurrent", "ConcurrentDictionary")) return null;
        if (site.Statement.Condition is not PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression, Operand: InvocationExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ContainsKey" } containsKey,
                ArgumentList.Arguments: { Count: 1 } keyArguments,
            } } || keyArguments[0].RefKindKeyword.RawKind != 0) return null;
        var keyArgument = keyArguments[0];
        var body = site.Statement.Statement is BlockSyntax { Statements.Count: 1 } block ? block.Statements[0] : site.Statement.Statement;
        if (body is not ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax
            {
                RawKind: (int)SyntaxKind.SimpleAssignmentExpression,
                Left: ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } element,
                Right: var value,
            } }) return null;
        var indexArgument = element.ArgumentList.Arguments[0];
        if (!SyntaxFactory.AreEquivalent(element.Expression, containsKey.Expression) || !SyntaxFactory.AreEquivalent(indexArgument.Expression, keyArgument.Expression))
            return null;
        if (value.DescendantNodesAndSelf().OfType<AwaitExpressionSyntax>().Any()) return null;
        var plain = value.DescendantNodesAndSelf().All(n => n is IdentifierNameSyntax or LiteralExpressionSyntax or MemberAccessExpressionSyntax
            or ThisExpressionSyntax or PredefinedTypeSyntax or ParenthesizedExpressionSyntax);
        var key = keyArgument.Expression.WithoutTrivia();
        var call = plain
            ? InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, element.Expression.WithoutTrivia(), IdentifierName("TryAdd")),
                ArgumentList(SeparatedList(new[] { Argument(key), Argument(value.WithoutTrivia()) })))
            : InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, element.Expression.WithoutTrivia(), IdentifierName("GetOrAdd")),
                ArgumentList(SeparatedList(new[] { Argument(key), Argument(SimpleLambdaExpression(Parameter(Identifier("_")), value.WithoutTrivia())) })));
        var statement = ExpressionStatement(call)
            .WithLeadingTrivia(site.Statement.GetLeadingTrivia())
            .WithTrailingTrivia(site.Statement.GetTrailingTrivia())
            .WithAdditionalAnnotations(Formatter.Annotation);
        return (statement, plain ? "TryAdd" : "GetOrAdd");
    }
}
