using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// The operations generated code performs, one per bytecode behaviour. Operands are borrowed, results
/// are new references, errors are thrown as <see cref="PyException"/>. Int fast paths are tiny and
/// inlined; everything else is in non-inlined slow paths.
/// </summary>
public static partial class Ops
{
    /// <summary>a + b</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Add(ThreadState ts, PyValue a, PyValue b)
    {
        if (a.IsInt && b.IsInt)
        {
            long x = a.IntValue, y = b.IntValue, r = unchecked(x + y);
            if (((x ^ r) & (y ^ r)) >= 0) return PyValue.Int(r);
        }
        return Binary(ts, a, b, BinaryOp.Add, false);
    }

    /// <summary>a - b</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Sub(ThreadState ts, PyValue a, PyValue b)
    {
        if (a.IsInt && b.IsInt)
        {
            long x = a.IntValue, y = b.IntValue, r = unchecked(x - y);
            if (((x ^ y) & (x ^ r)) >= 0) return PyValue.Int(r);
        }
        return Binary(ts, a, b, BinaryOp.Sub, false);
    }

    /// <summary>a * b</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Mul(ThreadState ts, PyValue a, PyValue b)
    {
        if (a.IsInt && b.IsInt)
        {
            long hi = Math.BigMul(a.IntValue, b.IntValue, out long lo);
            if (hi == (lo >> 63)) return PyValue.Int(lo);
        }
        return Binary(ts, a, b, BinaryOp.Mul, false);
    }

    /// <summary>a // b</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue FloorDiv(ThreadState ts, PyValue a, PyValue b)
    {
        if (a.IsInt && b.IsInt && b.IntValue > 0)
        {
            long q = a.IntValue / b.IntValue;
            if ((a.IntValue % b.IntValue) < 0) q--;
            return PyValue.Int(q);
        }
        return Binary(ts, a, b, BinaryOp.FloorDiv, false);
    }

    /// <summary>a % b (also str % args)</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Mod(ThreadState ts, PyValue a, PyValue b)
    {
        if (a.IsInt && b.IsInt && b.IntValue > 0)
        {
            long r = a.IntValue % b.IntValue;
            if (r < 0) r += b.IntValue;
            return PyValue.Int(r);
        }
        return Binary(ts, a, b, BinaryOp.Mod, false);
    }

#pragma warning disable CS1591
    public static PyValue TrueDiv(ThreadState ts, PyValue a, PyValue b) => Binary(ts, a, b, BinaryOp.TrueDiv, false);
    public static PyValue Pow(ThreadState ts, PyValue a, PyValue b) => Binary(ts, a, b, BinaryOp.Pow, false);
    public static PyValue LShift(ThreadState ts, PyValue a, PyValue b) => Binary(ts, a, b, BinaryOp.LShift, false);
    public static PyValue RShift(ThreadState ts, PyValue a, PyValue b) => Binary(ts, a, b, BinaryOp.RShift, false);
    public static PyValue MatMul(ThreadState ts, PyValue a, PyValue b) => Binary(ts, a, b, BinaryOp.MatMul, false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue And(ThreadState ts, PyValue a, PyValue b) =>
        a.IsInt && b.IsInt ? PyValue.Int(a.IntValue & b.IntValue) : Binary(ts, a, b, BinaryOp.And, false);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Or(ThreadState ts, PyValue a, PyValue b) =>
        a.IsInt && b.IsInt ? PyValue.Int(a.IntValue | b.IntValue) : Binary(ts, a, b, BinaryOp.Or, false);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Xor(ThreadState ts, PyValue a, PyValue b) =>
        a.IsInt && b.IsInt ? PyValue.Int(a.IntValue ^ b.IntValue) : Binary(ts, a, b, BinaryOp.Xor, false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue InplaceAdd(ThreadState ts, PyValue a, PyValue b)
    {
        if (a.IsInt && b.IsInt)
        {
            long x = a.IntValue, y = b.IntValue, r = unchecked(x + y);
            if (((x ^ r) & (y ^ r)) >= 0) return PyValue.Int(r);
        }
        return Binary(ts, a, b, BinaryOp.Add, true);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue InplaceSub(ThreadState ts, PyValue a, PyValue b)
    {
        if (a.IsInt && b.IsInt)
        {
            long x = a.IntValue, y = b.IntValue, r = unchecked(x - y);
            if (((x ^ y) & (x ^ r)) >= 0) return PyValue.Int(r);
        }
        return Binary(ts, a, b, BinaryOp.Sub, true);
    }

    public static PyValue InplaceMul(ThreadState ts, PyValue a, PyValue b) =>
        a.IsInt && b.IsInt ? Mul(ts, a, b) : Binary(ts, a, b, BinaryOp.Mul, true);
    public static PyValue InplaceTrueDiv(ThreadState ts, PyValue a, PyValue b) => Binary(ts, a, b, BinaryOp.TrueDiv, true);
    public static PyValue InplaceFloorDiv(ThreadState ts, PyValue a, PyValue b) =>
        a.IsInt && b.IsInt ? FloorDiv(ts, a, b) : Binary(ts, a, b, BinaryOp.FloorDiv, true);
    public static PyValue InplaceMod(ThreadState ts, PyValue a, PyValue b) =>
        a.IsInt && b.IsInt ? Mod(ts, a, b) : Binary(ts, a, b, BinaryOp.Mod, true);
    public static PyValue InplacePow(ThreadState ts, PyValue a, PyValue b) => Binary(ts, a, b, BinaryOp.Pow, true);
    public static PyValue InplaceLShift(ThreadState ts, PyValue a, PyValue b) => Binary(ts, a, b, BinaryOp.LShift, true);
    public static PyValue InplaceRShift(ThreadState ts, PyValue a, PyValue b) => Binary(ts, a, b, BinaryOp.RShift, true);
    public static PyValue InplaceAnd(ThreadState ts, PyValue a, PyValue b) => Binary(ts, a, b, BinaryOp.And, true);
    public static PyValue InplaceOr(ThreadState ts, PyValue a, PyValue b) => Binary(ts, a, b, BinaryOp.Or, true);
    public static PyValue InplaceXor(ThreadState ts, PyValue a, PyValue b) => Binary(ts, a, b, BinaryOp.Xor, true);
    public static PyValue InplaceMatMul(ThreadState ts, PyValue a, PyValue b) => Binary(ts, a, b, BinaryOp.MatMul, true);
#pragma warning restore CS1591

    /// <summary>-v</summary>
    public static PyValue Neg(ThreadState ts, PyValue v)
    {
        if (v.IsInt && v.IntValue != long.MinValue) return PyValue.Int(-v.IntValue);
        if (v.Obj is ISubclassInstance && UserOperators.TryUnary(ts, v, "__neg__") is PyValue un) return un;
        if (Numbers.TryInt(v, out var big)) return PyValue.Int(-big);
        if (v.Obj is PyFloat f) return PyValue.Float(-f.Value);
        if (v.Obj is PyComplex z) return PyValue.From(new PyComplex(-z.Real, -z.Imag));
        if (UserOperators.TryUnary(ts, v, "__neg__") is PyValue r) return r;
        // A weak proxy applies the operator to its referent (proxy_neg); only reached when nothing else took it.
        return v.Obj is PyWeakProxy ? Neg(ts, PyWeakProxy.Unwrap(v)) : throw PyErr.TypeError($"bad operand type for unary -: '{v.Type.Name}'");
    }

    /// <summary>+v</summary>
    public static PyValue Pos(ThreadState ts, PyValue v)
    {
        if (v.IsInt) return v;
        if (v.Obj is PyBool b) return PyValue.Int(b.Value ? 1 : 0);
        if (v.Obj is ISubclassInstance && UserOperators.TryUnary(ts, v, "__pos__") is PyValue up) return up;
        // +x of an int or float subclass is the plain value, as CPython's int_pos/float_pos.
        if (v.Obj is SubclassedInt si) return PyValue.Int(si.Value);
        if (v.Obj is SubclassedFloat sf) return PyValue.Float(sf.Value);
        if (v.Obj is PyLong || v.Obj is PyFloat || v.Obj is PyComplex) return v.NewRef();
        if (UserOperators.TryUnary(ts, v, "__pos__") is PyValue r) return r;
        return v.Obj is PyWeakProxy ? Pos(ts, PyWeakProxy.Unwrap(v)) : throw PyErr.TypeError($"bad operand type for unary +: '{v.Type.Name}'");
    }

    /// <summary>~v</summary>
    public static PyValue Invert(ThreadState ts, PyValue v)
    {
        if (v.IsInt) return PyValue.Int(~v.IntValue);
        if (v.Obj is ISubclassInstance && UserOperators.TryUnary(ts, v, "__invert__") is PyValue ui) return ui;
        if (Numbers.TryInt(v, out var big)) return PyValue.Int(-big - 1);
        if (UserOperators.TryUnary(ts, v, "__invert__") is PyValue r) return r;
        return v.Obj is PyWeakProxy ? Invert(ts, PyWeakProxy.Unwrap(v)) : throw PyErr.TypeError($"bad operand type for unary ~: '{v.Type.Name}'");
    }

    /// <summary>not v: True or False.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Not(ThreadState ts, PyValue v) => IsTrue(ts, v) ? PyValue.False : PyValue.True;

    /// <summary>The shared slow path of every binary operator.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PyValue Binary(ThreadState ts, PyValue a, PyValue b, BinaryOp op, bool inplace)
    {
        // Float arithmetic first: it is what reaches this path most (the int cases are inlined at the call site).
        // Only the operators floats have: the shifts and bitwise ones take the general path, whose TypeError names both operand types.
        if (op <= BinaryOp.Pow && FloatOperands.Both(a, b, out double fx, out double fy)) return Numbers.FloatBinary(fx, fy, op);
        // A subclass of int or float may define the operator in Python: ask it before the builtin arithmetic.
        bool subclassed = a.Obj is ISubclassInstance || b.Obj is ISubclassInstance;
        PyValue? r;
        if (!subclassed && Numbers.TryBinary(ts, a, b, op) is PyValue nr) return nr;
        // A class's own operator methods come before the builtin sequence and dict ones (Counter's | is not dict's).
        r = UserOperators.TryBinary(ts, a, b, op, inplace);
        if (r is PyValue ur) return ur;
        if (subclassed && UserOperators.BuiltinSlotAccepts(a, b, op) && Numbers.TryBinary(ts, a, b, op) is PyValue sn) return sn;
        r = SequenceArithmetic.TryBinary(ts, a, b, op, inplace);
        if (r is PyValue sr) return sr;
        // type.__or__ and __ror__: int | None (PEP 604).
        if (op == BinaryOp.Or && PyUnionType.TryOr(a, b) is PyValue union) return union;
        // A weak proxy applies the operator to its referent (proxy_add...; UNWRAP on both sides, ReferenceError once
        // dead): only reached when nothing took the operands as they are, so other operands pay nothing for it.
        if (a.Obj is PyWeakProxy || b.Obj is PyWeakProxy) return Binary(ts, PyWeakProxy.Unwrap(a), PyWeakProxy.Unwrap(b), op, inplace);
        throw UnsupportedOperands(a, b, op, inplace);
    }

    private static readonly string[] Symbols = { "+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "@" };

    /// <summary>The operator's symbol as CPython's messages show it.</summary>
    public static string Symbol(BinaryOp op, bool inplace) =>
        inplace ? (op == BinaryOp.Pow ? "**=" : Symbols[(int)op] + "=") : Symbols[(int)op];

    private static PyException UnsupportedOperands(PyValue a, PyValue b, BinaryOp op, bool inplace)
    {
        if (op == BinaryOp.Add && (a.Obj is PyStr || a.Obj is PyList || a.Obj is PyTuple))
        {
            string what = a.Type.Name;
            return PyErr.TypeError(a.Obj is PyStr
                ? $"can only concatenate str (not \"{b.Type.TpName}\") to str"
                : $"can only concatenate {what} (not \"{b.Type.TpName}\") to {what}");
        }
        // A repeat count beyond a machine integer (PyNumber_AsSsize_t with OverflowError).
        if (op == BinaryOp.Mul && ((IsSequence(a) && b.Obj is PyLong) || (IsSequence(b) && a.Obj is PyLong)))
            return PyErr.OverflowError("cannot fit 'int' into an index-sized integer");
        if (op == BinaryOp.Mul && (IsSequence(a) || IsSequence(b)))
            return PyErr.TypeError($"can't multiply sequence by non-int of type '{(IsSequence(a) ? b : a).Type.TpName}'");
        return PyErr.TypeError($"unsupported operand type(s) for {Symbol(op, inplace)}: '{a.Type.TpName}' and '{b.Type.TpName}'");
    }

    private static bool IsSequence(PyValue v) => v.Obj is PyStr || v.Obj is PyList || v.Obj is PyTuple;
}
