using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

public static partial class Ops
{
    // The binary instructions as generated code performs them: both operands are the stack's references and
    // are consumed. On success they are released (or one of them becomes the result, see TemporaryFloat) and
    // the result is a new reference; when the operation raises, both are left to the caller, whose frame
    // releases its pending stack. Inline ints take the borrowing operations' inlined fast paths (an inline
    // int holds no reference); the rest goes to one non-inlined method, so that an instruction's code at the
    // call site is the int test and one call, without the two releases.
#pragma warning disable CS1591
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue AddConsuming(ThreadState ts, PyValue a, PyValue b) =>
        a.IsInt && b.IsInt ? Add(ts, a, b) : BinaryConsuming(ts, a, b, BinaryOp.Add, false);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue SubConsuming(ThreadState ts, PyValue a, PyValue b) =>
        a.IsInt && b.IsInt ? Sub(ts, a, b) : BinaryConsuming(ts, a, b, BinaryOp.Sub, false);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue MulConsuming(ThreadState ts, PyValue a, PyValue b) =>
        a.IsInt && b.IsInt ? Mul(ts, a, b) : BinaryConsuming(ts, a, b, BinaryOp.Mul, false);
    public static PyValue TrueDivConsuming(ThreadState ts, PyValue a, PyValue b) => BinaryConsuming(ts, a, b, BinaryOp.TrueDiv, false);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue FloorDivConsuming(ThreadState ts, PyValue a, PyValue b) =>
        a.IsInt && b.IsInt ? FloorDiv(ts, a, b) : BinaryConsuming(ts, a, b, BinaryOp.FloorDiv, false);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue ModConsuming(ThreadState ts, PyValue a, PyValue b) =>
        a.IsInt && b.IsInt ? Mod(ts, a, b) : BinaryConsuming(ts, a, b, BinaryOp.Mod, false);
    public static PyValue PowConsuming(ThreadState ts, PyValue a, PyValue b) => BinaryConsuming(ts, a, b, BinaryOp.Pow, false);
    public static PyValue LShiftConsuming(ThreadState ts, PyValue a, PyValue b) => BinaryConsuming(ts, a, b, BinaryOp.LShift, false);
    public static PyValue RShiftConsuming(ThreadState ts, PyValue a, PyValue b) => BinaryConsuming(ts, a, b, BinaryOp.RShift, false);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue AndConsuming(ThreadState ts, PyValue a, PyValue b) =>
        a.IsInt && b.IsInt ? And(ts, a, b) : BinaryConsuming(ts, a, b, BinaryOp.And, false);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue OrConsuming(ThreadState ts, PyValue a, PyValue b) =>
        a.IsInt && b.IsInt ? Or(ts, a, b) : BinaryConsuming(ts, a, b, BinaryOp.Or, false);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue XorConsuming(ThreadState ts, PyValue a, PyValue b) =>
        a.IsInt && b.IsInt ? Xor(ts, a, b) : BinaryConsuming(ts, a, b, BinaryOp.Xor, false);
    public static PyValue MatMulConsuming(ThreadState ts, PyValue a, PyValue b) => BinaryConsuming(ts, a, b, BinaryOp.MatMul, false);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue InplaceAddConsuming(ThreadState ts, PyValue a, PyValue b) =>
        a.IsInt && b.IsInt ? InplaceAdd(ts, a, b) : BinaryConsuming(ts, a, b, BinaryOp.Add, true);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue InplaceSubConsuming(ThreadState ts, PyValue a, PyValue b) =>
        a.IsInt && b.IsInt ? InplaceSub(ts, a, b) : BinaryConsuming(ts, a, b, BinaryOp.Sub, true);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue InplaceMulConsuming(ThreadState ts, PyValue a, PyValue b) =>
        a.IsInt && b.IsInt ? InplaceMul(ts, a, b) : BinaryConsuming(ts, a, b, BinaryOp.Mul, true);
    public static PyValue InplaceTrueDivConsuming(ThreadState ts, PyValue a, PyValue b) => BinaryConsuming(ts, a, b, BinaryOp.TrueDiv, true);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue InplaceFloorDivConsuming(ThreadState ts, PyValue a, PyValue b) =>
        a.IsInt && b.IsInt ? InplaceFloorDiv(ts, a, b) : BinaryConsuming(ts, a, b, BinaryOp.FloorDiv, true);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue InplaceModConsuming(ThreadState ts, PyValue a, PyValue b) =>
        a.IsInt && b.IsInt ? InplaceMod(ts, a, b) : BinaryConsuming(ts, a, b, BinaryOp.Mod, true);
    public static PyValue InplacePowConsuming(ThreadState ts, PyValue a, PyValue b) => BinaryConsuming(ts, a, b, BinaryOp.Pow, true);
    public static PyValue InplaceLShiftConsuming(ThreadState ts, PyValue a, PyValue b) => BinaryConsuming(ts, a, b, BinaryOp.LShift, true);
    public static PyValue InplaceRShiftConsuming(ThreadState ts, PyValue a, PyValue b) => BinaryConsuming(ts, a, b, BinaryOp.RShift, true);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue InplaceAndConsuming(ThreadState ts, PyValue a, PyValue b) =>
        a.IsInt && b.IsInt ? InplaceAnd(ts, a, b) : BinaryConsuming(ts, a, b, BinaryOp.And, true);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue InplaceOrConsuming(ThreadState ts, PyValue a, PyValue b) =>
        a.IsInt && b.IsInt ? InplaceOr(ts, a, b) : BinaryConsuming(ts, a, b, BinaryOp.Or, true);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue InplaceXorConsuming(ThreadState ts, PyValue a, PyValue b) =>
        a.IsInt && b.IsInt ? InplaceXor(ts, a, b) : BinaryConsuming(ts, a, b, BinaryOp.Xor, true);
    public static PyValue InplaceMatMulConsuming(ThreadState ts, PyValue a, PyValue b) => BinaryConsuming(ts, a, b, BinaryOp.MatMul, true);
#pragma warning restore CS1591

    /// <summary>
    /// BINARY_ADD whose sum the next instruction stores into the variable whose value is <paramref name="target"/>
    /// (borrowed): <see cref="AddConsuming"/>, except that a str held only by that variable and this operand is appended
    /// to in place (<see cref="ConcatInPlace"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue AddConsumingInto(ThreadState ts, PyValue a, PyValue b, PyValue target) =>
        a.IsInt && b.IsInt ? Add(ts, a, b)
        : a.Obj is { } left && left.GetType() == typeof(PyStr) ? ConcatConsuming(ts, a, b, target, false)
        : BinaryConsuming(ts, a, b, BinaryOp.Add, false);

    /// <summary>INPLACE_ADD stored into a variable: <see cref="InplaceAddConsuming"/>, appending in place as <see cref="AddConsumingInto"/> does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue InplaceAddConsumingInto(ThreadState ts, PyValue a, PyValue b, PyValue target) =>
        a.IsInt && b.IsInt ? InplaceAdd(ts, a, b)
        : a.Obj is { } left && left.GetType() == typeof(PyStr) ? ConcatConsuming(ts, a, b, target, true)
        : BinaryConsuming(ts, a, b, BinaryOp.Add, true);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue ConcatConsuming(ThreadState ts, PyValue a, PyValue b, PyValue target, bool inplace)
    {
        if (!ConcatInPlace(a, b, target)) return BinaryConsuming(ts, a, b, BinaryOp.Add, inplace);
        b.DecRef();
        return a;
    }

    /// <summary>
    /// Appends str <paramref name="b"/> to str <paramref name="a"/> in place when nothing else can see <paramref name="a"/>:
    /// it is an exact str whose two references are the operand's and the variable's that the sum replaces
    /// (<paramref name="target"/>), as CPython's unicode_concatenate checks (reference count 2 and the next instruction
    /// storing into the variable that holds it). Then <c>a + b</c> and the appended <c>a</c> cannot be told apart, and a
    /// loop of <c>s += t</c> costs the length of what it builds instead of its square. Not in a free-threaded process,
    /// whose reference counts another thread may be changing.
    /// </summary>
    internal static bool ConcatInPlace(PyValue a, PyValue b, PyValue target)
    {
        var left = a.Obj;
        if (left is null || left.GetType() != typeof(PyStr) || !ReferenceEquals(left, target.Obj) || left.RefCount != 2) return false;
        if (b.Obj is not { } right || right.GetType() != typeof(PyStr) || FreeThreading.Enabled) return false;
        Unsafe.As<PyStr>(left).AppendInPlace(Unsafe.As<PyStr>(right).Value);
        return true;
    }

    /// <summary>The shared slow path of the consuming binary operators: float arithmetic first, then <see cref="Binary"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue BinaryConsuming(ThreadState ts, PyValue a, PyValue b, BinaryOp op, bool inplace)
    {
        if (op <= BinaryOp.Pow && FloatOperands.Both(a, b, out double x, out double y))
        {
            // The operators that cannot raise inline, the rest through FloatArithmetic (a call here cost a tenth of a float loop).
            double r = op switch
            {
                BinaryOp.Add => x + y,
                BinaryOp.Sub => x - y,
                BinaryOp.Mul => x * y,
                BinaryOp.TrueDiv when y != 0 => x / y,
                _ => Numbers.FloatArithmetic(x, y, op),
            };
            return TemporaryFloat.Result(a, b, r);
        }
        var result = Binary(ts, a, b, op, inplace);
        a.DecRef();
        b.DecRef();
        return result;
    }
}
