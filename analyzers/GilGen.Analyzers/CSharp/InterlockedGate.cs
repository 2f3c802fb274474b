using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// A flag taken with one atomic exchange, used as a try-lock: <c>if (Interlocked.CompareExchange(ref f, 1, 0) == 0) { … }</c>
/// (only the thread that changed the flag from 0 gets in) or <c>if (Interlocked.Exchange(ref f, 1) != 0) return;</c>
/// (a reentrancy guard, released by setting the flag back). The code it admits runs on one thread at a
/// time, as under a lock whose identity is the flag.
/// </summary>
internal static class InterlockedGate
{
    /// <summary>
    /// Whether <paramref name="condition"/> tests such an exchange; <paramref name="flag"/> is the flag
    /// (the lock), and <paramref name="negated"/> tells that the test is true when the flag was NOT taken.
    /// </summary>
    public static bool TryGet(IOperation condition, out IOperation? flag, out bool negated)
    {
        flag = null;
        negated = false;
        if (condition is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison) return false;
        var left = OperationShapes.StripConversions(comparison.LeftOperand);
        var right = OperationShapes.StripConversions(comparison.RightOperand);
        var (call, constant) = left is IInvocationOperation ? (left as IInvocationOperation, right) : (right as IInvocationOperation, left);
        if (call is null || constant is not { ConstantValue: { HasValue: true } expected }
            || !KnownType.Is(call.TargetMethod.ContainingType, "System.Threading", "Interlocked")) return false;
        var admitted = call.TargetMethod.Name switch
        {
            // Got in when the old value was the comparand.
            "CompareExchange" => Argument(call, 2) is { ConstantValue: { HasValue: true } comparand } && Equals(comparand.Value, expected.Value)
                && Argument(call, 1) is { ConstantValue: { HasValue: true } value } && !Equals(value.Value, comparand.Value),
            // Got in when the old value was not the value written (the flag was free).
            "Exchange" => Argument(call, 1) is { ConstantValue: { HasValue: true } written } && !Equals(written.Value, expected.Value),
            _ => false,
        };
        if (!admitted || Argument(call, 0) is not { } target) return false;
        flag = target;
        negated = comparison.OperatorKind == BinaryOperatorKind.NotEquals;
        return true;
    }

    private static IOperation? Argument(IInvocationOperation call, int ordinal)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal) return OperationShapes.StripConversions(argument.Value);
        }
        return null;
    }
}
