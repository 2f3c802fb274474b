using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// The pieces of code the call graph connects: a member's own body (method, accessor, constructor,
/// initializer), and each lambda, anonymous method and local function in it — each of those runs
/// when its delegate is invoked or it is called, not where it is written, so it is its own unit —
/// and the part of an async one after its first await (<see cref="AsyncContinuation"/>).
/// </summary>
internal static class CodeUnit
{
    /// <summary>The innermost unit containing <paramref name="operation"/>, in the member <paramref name="owningSymbol"/>.</summary>
    public static SymbolKey Of(IOperation operation, ISymbol owningSymbol)
    {
        var unit = UnitSymbol(operation, owningSymbol);
        return AsyncContinuation.TryGetUnit(operation, unit, out var continuation) ? continuation : SymbolKey.From(unit);
    }

    /// <summary>
    /// The unit that runs what happens at the end of <paramref name="operation"/> (a using's <c>Dispose</c>):
    /// the continuation when an await inside it comes first.
    /// </summary>
    public static SymbolKey AtEndOf(IOperation operation, ISymbol owningSymbol)
    {
        var unit = UnitSymbol(operation, owningSymbol);
        var end = System.Math.Max(operation.Syntax.SpanStart, operation.Syntax.Span.End - 1);
        return AsyncContinuation.TryGetUnitAt(operation.Syntax.SyntaxTree, end, unit, out var continuation) ? continuation : SymbolKey.From(unit);
    }

    /// <summary>The unit that declares the locals <paramref name="operation"/> sees as its own: the lambda, local function or member, continuation or not.</summary>
    public static SymbolKey Declaring(IOperation operation, ISymbol owningSymbol) => SymbolKey.From(UnitSymbol(operation, owningSymbol));

    /// <summary>The lambda, local function or member whose body <paramref name="operation"/> is in.</summary>
    public static ISymbol UnitSymbol(IOperation operation, ISymbol owningSymbol)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation function) return function.Symbol;
            if (parent is ILocalFunctionOperation localFunction) return localFunction.Symbol;
        }
        return owningSymbol;
    }
}
