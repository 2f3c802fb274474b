using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// The pieces of code the call graph connects: a member's own body (method, accessor, constructor,
/// initializer), and each lambda, anonymous method and local function in it — each of those runs
/// when its delegate is invoked or it is called, not where it is written, so it is its own unit.
/// </summary>
internal static class CodeUnit
{
    /// <summary>The innermost unit containing <paramref name="operation"/>, in the member <paramref name="owningSymbol"/>.</summary>
    public static SymbolKey Of(IOperation operation, ISymbol owningSymbol)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation function) return SymbolKey.From(function.Symbol);
            if (parent is ILocalFunctionOperation localFunction) return SymbolKey.From(localFunction.Symbol);
        }
        return SymbolKey.From(owningSymbol);
    }
}
