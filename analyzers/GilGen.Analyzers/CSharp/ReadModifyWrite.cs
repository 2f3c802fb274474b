using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// Recognizes a read-modify-write of a variable (a field, local, parameter, a property backed by one
/// field, or an array element: <see cref="StorageReference"/>): <c>x++</c>, <c>--x</c>, every compound assignment
/// (<c>+=</c> … <c>&gt;&gt;&gt;=</c>, including <c>+=</c> on strings and delegates, which lose updates the same
/// way), <c>x = x op y</c> / <c>x = y op x</c> with an arithmetic, shift or bitwise operator, and
/// <c>x = f(x)</c> / <c>x = Math.Max(x, y)</c>: a call that takes the old value (or arithmetic on it)
/// by value and whose result is written back loses an update the same way.
/// <c>x ??= y</c> is one too (issue 12 §1): it reads x and writes it back, and two threads that both
/// see null both write, the second overwriting what the first stored and others already took.
/// <c>x = Interlocked.Increment(ref x)</c> is not one either: its value is a call, not an operator.
/// <c>Interlocked.Exchange(ref x, x + 1)</c> and <c>Volatile.Write(ref x, Volatile.Read(ref x) + 1)</c> are:
/// an atomic store of a value read separately before it.
/// </summary>
internal static class ReadModifyWrite
{
    /// <summary>
    /// Whether <paramref name="operation"/> reads, modifies and writes back a field, local or
    /// parameter; <paramref name="target"/> is the reference written.
    /// </summary>
    public static bool TryGetTarget(IOperation operation, out IOperation target)
    {
        target = null!;
        switch (operation)
        {
            case IIncrementOrDecrementOperation increment:
                target = increment.Target;
                break;
            case ICompoundAssignmentOperation compound:
                target = compound.Target;
                break;
            case ICoalesceAssignmentOperation coalesce:
                target = coalesce.Target;
                break;
            case ISimpleAssignmentOperation { IsRef: false } assignment
                when OperationShapes.StripConversions(assignment.Value) is IBinaryOperation binary
                     && IsArithmetic(binary.OperatorKind)
                     && Reads(binary, assignment.Target):
                target = assignment.Target;
                break;
            case ISimpleAssignmentOperation { IsRef: false } assignment
                when OperationShapes.StripConversions(assignment.Value) is IInvocationOperation call
                     && PassesByValue(call, assignment.Target):
                target = assignment.Target;
                break;
            case ISimpleAssignmentOperation { IsRef: false } assignment
                when OperationShapes.StripConversions(assignment.Value) is IBinaryOperation binary
                     && IsArithmetic(binary.OperatorKind)
                     && CopyReadFor(assignment) is not null:
                target = assignment.Target;
                break;
            case IInvocationOperation { Arguments.Length: 2 } store when IsStoreOfComputedValue(store, out var stored):
                target = stored;
                break;
            default:
                return false;
        }
        return StorageReference.IsStorage(target);
    }

    /// <summary>
    /// <c>Interlocked.Exchange(ref x, x + 1)</c> and <c>Volatile.Write(ref x, Volatile.Read(ref x) + 1)</c>:
    /// the store is atomic, but the value was read before it, separately, so two threads can read the
    /// same x and one update is lost. <paramref name="target"/> is the <c>ref</c> argument.
    /// </summary>
    private static bool IsStoreOfComputedValue(IInvocationOperation call, out IOperation target)
    {
        target = null!;
        var method = call.TargetMethod;
        var isStore = (method.Name == "Exchange" && KnownType.Is(method.ContainingType, "System.Threading", "Interlocked"))
            || (method.Name == "Write" && KnownType.Is(method.ContainingType, "System.Threading", "Volatile"));
        if (!isStore) return false;
        IOperation? destination = null, value = null;
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Ordinal == 0 && argument.Parameter.RefKind == RefKind.Ref) destination = argument.Value;
            else if (argument.Parameter?.Ordinal == 1) value = OperationShapes.StripConversions(argument.Value);
        }
        if (destination is null || value is null) return false;
        if (!(value is IBinaryOperation binary && IsArithmetic(binary.OperatorKind) && Reads(binary, destination))
            && !(value is IInvocationOperation inner && PassesByValue(inner, destination))) return false;
        target = destination;
        return true;
    }

    /// <summary>
    /// For <c>x = seen + 1</c> where the local <c>seen</c> was read from the field or property <c>x</c> itself earlier
    /// in the same body (<c>int seen = x;</c> or <c>seen = x;</c>, issue 12 §1: a read under one lock and the write
    /// under another): the operation that read it. The read and the write are one read-modify-write, split in two.
    /// </summary>
    public static IOperation? CopyReadFor(IOperation operation)
    {
        if (operation is not ISimpleAssignmentOperation { IsRef: false } assignment
            || OperationShapes.StripConversions(assignment.Value) is not IBinaryOperation binary || !IsArithmetic(binary.OperatorKind)
            || OperationShapes.StripConversions(assignment.Target) is not (IFieldReferenceOperation or IPropertyReferenceOperation { Arguments.IsEmpty: true })) return null;
        foreach (var operand in ArithmeticOperands(binary))
            if (operand is ILocalReferenceOperation local && CopyOf(local.Local, assignment) is { } read) return read;
        return null;
    }

    /// <summary>The read of <paramref name="write"/>'s target that <paramref name="local"/> was last given before the write, in the same body.</summary>
    private static IOperation? CopyOf(ILocalSymbol local, ISimpleAssignmentOperation write)
    {
        if (local.IsRef) return null;
        var root = (IOperation)write;
        while (root.Parent is not null) root = root.Parent;
        IOperation? copy = null;
        foreach (var operation in root.Descendants())
        {
            if (operation.Syntax.SpanStart >= write.Syntax.SpanStart) continue;
            IOperation? value = operation switch
            {
                IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local) => declarator.Initializer?.Value,
                ISimpleAssignmentOperation { Target: ILocalReferenceOperation assigned } store when SymbolEqualityComparer.Default.Equals(assigned.Local, local) => store.Value,
                _ => null,
            };
            if (value is null) continue;
            var stripped = OperationShapes.StripConversions(value);
            copy = stripped is not null && SameVariable(stripped, write.Target) ? stripped : null;
        }
        return copy;
    }

    /// <summary>
    /// Whether a by-value argument of <paramref name="call"/> is <paramref name="target"/> or arithmetic
    /// on it. A <c>ref</c> argument is not a read of the old value: <c>x = Interlocked.Add(ref x, 1)</c>
    /// is the atomic fix itself.
    /// </summary>
    private static bool PassesByValue(IInvocationOperation call, IOperation target)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out) continue;
            var value = OperationShapes.StripConversions(argument.Value);
            if (value is null) continue;
            if (SameVariable(value, target)) return true;
            if (value is IBinaryOperation binary && IsArithmetic(binary.OperatorKind) && Reads(binary, target)) return true;
        }
        return false;
    }

    /// <summary>Whether the operator computes a new value from its operands (not a comparison or a short-circuit test).</summary>
    private static bool IsArithmetic(BinaryOperatorKind kind) => kind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract
        or BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder
        or BinaryOperatorKind.LeftShift or BinaryOperatorKind.RightShift or BinaryOperatorKind.UnsignedRightShift
        or BinaryOperatorKind.And or BinaryOperatorKind.Or or BinaryOperatorKind.ExclusiveOr;

    /// <summary>
    /// Whether an operand of <paramref name="binary"/>, through nested arithmetic (<c>x + 1 + y</c>), is
    /// <paramref name="target"/> again. Iterative: generated code can nest thousands of operators.
    /// </summary>
    private static bool Reads(IBinaryOperation binary, IOperation target)
    {
        foreach (var operand in ArithmeticOperands(binary))
            if (SameVariable(operand, target) || IsVolatileReadOf(operand, target)) return true;
        return false;
    }

    // The operands of binary that are not arithmetic themselves, through nested arithmetic (x + 1 + y gives x, 1 and y),
    // conversions stripped; an operand of another operator (a comparison, a conditional &&) is left out with its own operands.
    private static IEnumerable<IOperation> ArithmeticOperands(IBinaryOperation binary)
    {
        var pending = new Stack<IOperation>();
        pending.Push(binary.LeftOperand);
        pending.Push(binary.RightOperand);
        while (pending.Count > 0)
        {
            var operand = OperationShapes.StripConversions(pending.Pop());
            if (operand is IBinaryOperation nested)
            {
                if (!IsArithmetic(nested.OperatorKind)) continue;
                pending.Push(nested.LeftOperand);
                pending.Push(nested.RightOperand);
            }
            else if (operand is not null)
            {
                yield return operand;
            }
        }
    }

    // Volatile.Read(ref x): a read of x.
    private static bool IsVolatileReadOf(IOperation operand, IOperation target)
        => operand is IInvocationOperation { TargetMethod.Name: "Read", Arguments.Length: 1 } read
           && KnownType.Is(read.TargetMethod.ContainingType, "System.Threading", "Volatile")
           && SameVariable(read.Arguments[0].Value, target);

    /// <summary>
    /// Whether two references denote the same variable: the same field or property of the same receiver,
    /// the same local or parameter, the same element (same array, same indices) of an array.
    /// </summary>
    public static bool SameVariable(IOperation a, IOperation b)
    {
        a = OperationShapes.StripConversions(a)!;
        b = OperationShapes.StripConversions(b)!;
        if (a.ConstantValue.HasValue && b.ConstantValue.HasValue) return Equals(a.ConstantValue.Value, b.ConstantValue.Value);
        switch (a)
        {
            case IPropertyReferenceOperation pa when b is IPropertyReferenceOperation pb:
                if (!SymbolEqualityComparer.Default.Equals(pa.Property.OriginalDefinition, pb.Property.OriginalDefinition) || !pa.Arguments.IsEmpty) return false;
                if (pa.Instance is null || pb.Instance is null) return pa.Instance is null && pb.Instance is null;
                return SameVariable(pa.Instance, pb.Instance);
            case IArrayElementReferenceOperation ea when b is IArrayElementReferenceOperation eb:
                if (ea.Indices.Length != eb.Indices.Length || !SameVariable(ea.ArrayReference, eb.ArrayReference)) return false;
                for (var i = 0; i < ea.Indices.Length; i++)
                {
                    if (!SameVariable(ea.Indices[i], eb.Indices[i])) return false;
                }
                return true;
            case IFieldReferenceOperation fa when b is IFieldReferenceOperation fb:
                if (!SymbolEqualityComparer.Default.Equals(fa.Field.OriginalDefinition, fb.Field.OriginalDefinition)) return false;
                if (fa.Instance is null || fb.Instance is null) return fa.Instance is null && fb.Instance is null;
                return SameVariable(fa.Instance, fb.Instance);
            case ILocalReferenceOperation la when b is ILocalReferenceOperation lb:
                return SymbolEqualityComparer.Default.Equals(la.Local, lb.Local);
            case IParameterReferenceOperation pa when b is IParameterReferenceOperation pb:
                return SymbolEqualityComparer.Default.Equals(pa.Parameter, pb.Parameter);
            case IInstanceReferenceOperation when b is IInstanceReferenceOperation:
                return true;
            default:
                return false;
        }
    }
}
