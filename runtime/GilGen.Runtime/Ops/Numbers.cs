using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Numerics;

namespace GilGen.Runtime;

/// <summary>Arithmetic on int (any size), bool, float and complex with CPython's results and error texts.</summary>
public static class Numbers
{
    /// <summary>
    /// Py_NAN, C's NAN: a quiet NaN with the sign bit clear, where .NET's double.NaN has it set. math.copysign shows the
    /// difference: float('nan'), math.nan and cmath's special values are this one.
    /// </summary>
    public static readonly double PositiveNaN = BitConverter.Int64BitsToDouble(0x7FF8000000000000);

    /// <summary>The int value of an int or bool.</summary>
    public static bool TryInt(PyValue v, out BigInteger value)
    {
        if (v.IsInt) { value = v.IntValue; return true; }
        switch (v.Obj)
        {
            case PyLong l: value = l.Value; return true;
            case PyBool b: value = b.Value ? 1 : 0; return true;
        }
        value = default;
        return false;
    }

    /// <summary>The 64-bit value of an int or bool that fits.</summary>
    public static bool TryLong(PyValue v, out long value)
    {
        if (v.IsInt) { value = v.IntValue; return true; }
        if (v.Obj is PyBool b) { value = b.Value ? 1 : 0; return true; }
        // Only an instance of an int subclass is a PyLong whose value fits (plain ints are normalized).
        if (v.Obj is SubclassedInt si && si.Value >= long.MinValue && si.Value <= long.MaxValue) { value = (long)si.Value; return true; }
        value = 0;
        return false;
    }

    /// <summary>The float value of a float, int or bool (OverflowError for ints too large).</summary>
    public static bool TryDouble(PyValue v, out double value)
    {
        if (v.IsInt) { value = v.IntValue; return true; }
        switch (v.Obj)
        {
            case PyFloat f: value = f.Value; return true;
            case PyBool b: value = b.Value ? 1 : 0; return true;
            case PyLong l:
                value = IntToFloat.Convert(l.Value);
                return true;
        }
        value = 0;
        return false;
    }

    /// <summary>The result of a numeric binary operator, or null when the operands are not both numbers.</summary>
    public static PyValue? TryBinary(ThreadState ts, PyValue a, PyValue b, BinaryOp op)
    {
        if (TryLong(a, out long x) && TryLong(b, out long y))
        {
            var small = LongBinary(x, y, op);
            if (small is PyValue s) return s;
        }
        if (TryInt(a, out var bx) && TryInt(b, out var by)) return BigBinary(bx, by, op);
        bool af = a.Obj is PyFloat, bf = b.Obj is PyFloat;
        // Floats have no shift or bitwise operators: those are unsupported (the caller's TypeError names both types).
        if ((af || bf) && op <= BinaryOp.Pow && TryDouble(a, out double dx) && TryDouble(b, out double dy)) return FloatBinary(dx, dy, op);
        return ComplexOperands.TryBinary(a, b, op);
    }

    private static PyValue? LongBinary(long x, long y, BinaryOp op)
    {
        switch (op)
        {
            case BinaryOp.Add: { long r = unchecked(x + y); if (((x ^ r) & (y ^ r)) >= 0) return PyValue.Int(r); return null; }
            case BinaryOp.Sub: { long r = unchecked(x - y); if (((x ^ y) & (x ^ r)) >= 0) return PyValue.Int(r); return null; }
            case BinaryOp.Mul: { long hi = Math.BigMul(x, y, out long lo); if (hi == (lo >> 63)) return PyValue.Int(lo); return null; }
            case BinaryOp.FloorDiv:
                if (y == 0) throw PyErr.ZeroDivisionError("integer division or modulo by zero");
                if (x == long.MinValue && y == -1) return null;
                { long q = x / y; if ((x % y != 0) && ((x < 0) != (y < 0))) q--; return PyValue.Int(q); }
            case BinaryOp.Mod:
                if (y == 0) throw PyErr.ZeroDivisionError("integer modulo by zero");
                if (y == -1) return PyValue.Int(0);
                { long r = x % y; if (r != 0 && ((r < 0) != (y < 0))) r += y; return PyValue.Int(r); }
            case BinaryOp.TrueDiv:
                if (y == 0) throw PyErr.ZeroDivisionError("division by zero");
                if (Math.Abs(x) < (1L << 53) && Math.Abs(y) < (1L << 53)) return PyValue.Float((double)x / y);
                return null;
            case BinaryOp.And: return PyValue.Int(x & y);
            case BinaryOp.Or: return PyValue.Int(x | y);
            case BinaryOp.Xor: return PyValue.Int(x ^ y);
            case BinaryOp.RShift:
                if (y < 0) throw PyErr.ValueError("negative shift count");
                return PyValue.Int(y >= 64 ? (x < 0 ? -1 : 0) : x >> (int)y);
            case BinaryOp.LShift:
                if (y < 0) throw PyErr.ValueError("negative shift count");
                if (y < 63) { long r = x << (int)y; if (r >> (int)y == x) return PyValue.Int(r); }
                return null;
        }
        return null;
    }

    private static PyValue BigBinary(BigInteger x, BigInteger y, BinaryOp op)
    {
        switch (op)
        {
            case BinaryOp.Add: return PyValue.Int(x + y);
            case BinaryOp.Sub: return PyValue.Int(x - y);
            case BinaryOp.Mul: return PyValue.Int(x * y);
            case BinaryOp.FloorDiv:
                if (y.IsZero) throw PyErr.ZeroDivisionError("integer division or modulo by zero");
                return PyValue.Int(FloorDivide(x, y, out _));
            case BinaryOp.Mod:
                if (y.IsZero) throw PyErr.ZeroDivisionError("integer modulo by zero");
                FloorDivide(x, y, out var rem);
                return PyValue.Int(rem);
            case BinaryOp.TrueDiv:
                if (y.IsZero) throw PyErr.ZeroDivisionError("division by zero");
                return PyValue.Float(IntToFloat.Divide(x, y));
            case BinaryOp.Pow:
                if (y.Sign < 0)
                {
                    if (x.IsZero) throw PyErr.ZeroDivisionError("0.0 cannot be raised to a negative power");
                    return FloatBinary((double)x, (double)y, BinaryOp.Pow);
                }
                if (y > int.MaxValue)
                {
                    if (x.IsOne || x.IsZero) return PyValue.Int(x);
                    if (x == BigInteger.MinusOne) return PyValue.Int(y.IsEven ? 1 : -1);
                    throw PyErr.OverflowError("exponent too large");
                }
                return PyValue.Int(BigInteger.Pow(x, (int)y));
            case BinaryOp.And: return PyValue.Int(x & y);
            case BinaryOp.Or: return PyValue.Int(x | y);
            case BinaryOp.Xor: return PyValue.Int(x ^ y);
            case BinaryOp.LShift:
                if (y.Sign < 0) throw PyErr.ValueError("negative shift count");
                if (y > int.MaxValue) throw PyErr.OverflowError("too many digits in integer");
                return PyValue.Int(x << (int)y);
            case BinaryOp.RShift:
                if (y.Sign < 0) throw PyErr.ValueError("negative shift count");
                if (y > int.MaxValue) return PyValue.Int(x.Sign < 0 ? -1 : 0);
                return PyValue.Int(x >> (int)y);
        }
        throw PyErr.TypeError($"unsupported operand type(s) for {Ops.Symbol(op, false)}: 'int' and 'int'");
    }

    /// <summary>Floor division with Python's sign rule (remainder has the divisor's sign).</summary>
    public static BigInteger FloorDivide(BigInteger x, BigInteger y, out BigInteger remainder)
    {
        var q = BigInteger.DivRem(x, y, out var r);
        if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0)) { q -= 1; r += y; }
        remainder = r;
        return q;
    }

    /// <summary>A float operator with CPython's special cases.</summary>
    public static PyValue FloatBinary(double x, double y, BinaryOp op) => PyValue.Float(FloatArithmetic(x, y, op));

    /// <summary>The double a float operator gives, raising CPython's errors (division by zero, overflow of **).</summary>
    public static double FloatArithmetic(double x, double y, BinaryOp op)
    {
        switch (op)
        {
            case BinaryOp.Add: return x + y;
            case BinaryOp.Sub: return x - y;
            case BinaryOp.Mul: return x * y;
            case BinaryOp.TrueDiv:
                if (y == 0) throw PyErr.ZeroDivisionError("float division by zero");
                return x / y;
            case BinaryOp.FloorDiv:
                if (y == 0) throw PyErr.ZeroDivisionError("float floor division by zero");
                return FloatDivMod(x, y, out _);
            case BinaryOp.Mod:
                if (y == 0) throw PyErr.ZeroDivisionError("float modulo");
                FloatDivMod(x, y, out double m);
                return m;
            case BinaryOp.Pow:
                if (x == 0 && y < 0) throw PyErr.ZeroDivisionError("0.0 cannot be raised to a negative power");
                if (x < 0 && y != Math.Floor(y) && double.IsFinite(y))
                    throw PyErr.NotImplementedError("complex numbers are not supported: a negative number raised to a fractional power");
                double p = Math.Pow(x, y);
                if (double.IsInfinity(p) && double.IsFinite(x) && double.IsFinite(y))
                    throw PyErr.New(ExceptionTypes.OverflowError, "(34, 'Numerical result out of range')");
                return p;
        }
        throw PyErr.TypeError($"unsupported operand type(s) for {Ops.Symbol(op, false)}: 'float' and 'float'");
    }

    /// <summary>CPython's float_divmod: floor quotient and a remainder with the divisor's sign.</summary>
    public static double FloatDivMod(double vx, double wx, out double mod)
    {
        mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0)) { mod += wx; div -= 1.0; }
        }
        else mod = Math.CopySign(0.0, wx);
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else floordiv = Math.CopySign(0.0, vx / wx);   // -0.0 / 2.5 is -0.0, which "< 0" misses
        return floordiv;
    }

    /// <summary>Python's int(x) truncation of a float, raising CPython's errors for inf and nan.</summary>
    public static PyValue FromDouble(double d)
    {
        if (double.IsNaN(d)) throw PyErr.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(d)) throw PyErr.OverflowError("cannot convert float infinity to integer");
        d = Math.Truncate(d);
        if (d >= -9.2e18 && d <= 9.2e18) return PyValue.Int((long)d);
        return PyValue.Int(new BigInteger(d));
    }
}
