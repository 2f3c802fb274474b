using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// The rest of an async method, lambda or local function after its first <c>await</c> of a task that
/// may be incomplete (issue 12 §1): that part runs on the thread pool when the task completes, so it
/// is a code unit of its own (<see cref="SymbolKey.IsContinuation"/>). Each call of the method starts
/// one (a thread entry: <see cref="ThreadEntryReader"/>), concurrently with the caller until the caller
/// awaits or waits for the task, and a lock the caller holds around the call does not cover it.
/// <para>
/// Approximation: a statement is in the continuation when it follows the statement holding the first
/// await in source order; the code before that await inside a loop runs again after it, but stays
/// with the synchronous part. Awaiting a task known to be complete (<c>await Task.CompletedTask</c>,
/// <c>Task.FromResult(…)</c>) continues synchronously and starts no continuation.
/// </para>
/// </summary>
internal static class AsyncContinuation
{
    private static readonly ConditionalWeakTable<SyntaxNode, StrongBox<AwaitExpressionSyntax?>> s_firstAwait = new();

    /// <summary>The continuation unit <paramref name="operation"/> belongs to, when it follows the first await of the async <paramref name="unit"/>.</summary>
    public static bool TryGetUnit(IOperation operation, ISymbol unit, out SymbolKey continuation) =>
        TryGetUnitAt(operation.Syntax.SyntaxTree, operation.Syntax.SpanStart, unit, out continuation);

    /// <summary>The continuation unit code at <paramref name="position"/> belongs to, when it follows the first await of the async <paramref name="unit"/>.</summary>
    public static bool TryGetUnitAt(SyntaxTree tree, int position, ISymbol unit, out SymbolKey continuation)
    {
        continuation = default;
        if (unit is not IMethodSymbol { IsAsync: true } || FirstAwait(unit) is not { } first) return false;
        if (first.SyntaxTree != tree || first.FirstAncestorOrSelf<StatementSyntax>() is not { } statement) return false;
        if (position < statement.Span.End) return false;
        continuation = SymbolKey.ContinuationOf(unit, first);
        return true;
    }

    /// <summary>The continuation unit of <paramref name="method"/>, when it is async, declared in source, and awaits something that may be incomplete.</summary>
    public static SymbolKey? Of(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        if (!method.IsAsync || FirstAwait(method) is not { } first) return null;
        return SymbolKey.ContinuationOf(method, first);
    }

    /// <summary>The first await in <paramref name="unit"/>'s own body (not in a lambda or local function inside it) of a task that may be incomplete.</summary>
    private static AwaitExpressionSyntax? FirstAwait(ISymbol unit)
    {
        if (unit.DeclaringSyntaxReferences.Length != 1) return null;
        var declaration = unit.DeclaringSyntaxReferences[0].GetSyntax();
        return s_firstAwait.GetValue(declaration, node => new StrongBox<AwaitExpressionSyntax?>(Find(node))).Value;
    }

    private static AwaitExpressionSyntax? Find(SyntaxNode declaration)
    {
        SyntaxNode? body = declaration switch
        {
            BaseMethodDeclarationSyntax method => (SyntaxNode?)method.Body ?? method.ExpressionBody,
            LocalFunctionStatementSyntax local => (SyntaxNode?)local.Body ?? local.ExpressionBody,
            AnonymousFunctionExpressionSyntax function => function.Body,
            _ => null,
        };
        if (body is null) return null;
        foreach (var node in body.DescendantNodes(child => child is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            if (node is AwaitExpressionSyntax awaited && !IsCompleted(awaited.Expression)) return awaited;
        }
        return null;
    }

    /// <summary><c>Task.CompletedTask</c>, <c>Task.FromResult(…)</c>, <c>ValueTask.CompletedTask</c>, <c>default</c>: awaiting it continues on the same thread.</summary>
    private static bool IsCompleted(ExpressionSyntax awaited)
    {
        while (awaited is ParenthesizedExpressionSyntax parenthesized) awaited = parenthesized.Expression;
        return awaited switch
        {
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CompletedTask" } => true,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "FromResult" or "FromCanceled" or "FromException" } } => true,
            LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.DefaultLiteralExpression),
            DefaultExpressionSyntax => true,
            _ => false,
        };
    }
}
