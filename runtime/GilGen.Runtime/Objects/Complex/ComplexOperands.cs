using System;

namespace GilGen.Runtime;

/// <summary>
/// Complex arithmetic in the binary operators: when one operand is a complex and the other an int, bool, float or
/// complex, both are converted (an int as float(int) converts it) and ComplexMath computes the result with CPython's
/// errors. The operators complex lacks (//, %, the shifts and bitwise ones) are left to the general TypeError.
/// </summary>
internal static class ComplexOperands
{
    /// <summary>An int, bool or float: what converts to a complex with no imaginary part.</summary>
    public static bool IsReal(PyValue v) => v.IsInt || v.Obj is PyFloat or PyLong or PyBool;

    /// <summary>The parts of a complex, int, bool or float (OverflowError for an int too large for a float).</summary>
    public static bool TryParts(PyValue v, out (double Re, double Im) parts)
    {
        if (v.Obj is PyComplex c)
        {
            parts = c.Parts;
            return true;
        }
        if (IsReal(v) && Numbers.TryDouble(v, out double d))
        {
            parts = (d, 0.0);
            return true;
        }
        parts = default;
        return false;
    }

    /// <summary>a op b when either is a complex and both are numbers; null otherwise.</summary>
    public static PyValue? TryBinary(PyValue a, PyValue b, BinaryOp op)
    {
        if (a.Obj is not PyComplex && b.Obj is not PyComplex) return null;
        if (op is not (BinaryOp.Add or BinaryOp.Sub or BinaryOp.Mul or BinaryOp.TrueDiv or BinaryOp.Pow)) return null;
        if (!TryParts(a, out var x) || !TryParts(b, out var y)) return null;
        var error = ComplexMath.Error.None;
        var r = op switch
        {
            BinaryOp.Add => ComplexMath.Add(x, y),
            BinaryOp.Sub => ComplexMath.Sub(x, y),
            BinaryOp.Mul => ComplexMath.Mul(x, y),
            BinaryOp.TrueDiv => ComplexMath.Div(x, y, out error),
            _ => ComplexMath.Pow(x, y, out error),
        };
        return error switch
        {
            ComplexMath.Error.ZeroDivision => throw PyErr.ZeroDivisionError("complex division by zero"),
            ComplexMath.Error.ZeroToNegativePower => throw PyErr.ZeroDivisionError("0.0 to a negative or complex power"),
            ComplexMath.Error.Overflow => throw PyErr.OverflowError("complex exponentiation"),
            _ => PyValue.From(new PyComplex(r.Re, r.Im)),
        };
    }

    /// <summary>abs(z): the modulus, OverflowError when it is infinite from finite parts.</summary>
    public static PyValue Abs(PyComplex z)
    {
        double r = ComplexMath.Abs(z.Parts, out bool overflow);
        return overflow ? throw PyErr.OverflowError("absolute value too large") : PyValue.Float(r);
    }
}
