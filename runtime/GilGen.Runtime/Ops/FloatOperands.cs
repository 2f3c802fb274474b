using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// Recognizes the operands of float arithmetic cheaply, before the general numeric dispatch: exact floats
/// (never a subclass, which may define the operator in Python) and inline ints mixed with them.
/// </summary>
internal static class FloatOperands
{
    /// <summary>
    /// True when both operands are exact floats, or one is an exact float and the other an inline int
    /// (converted as float(int) converts it: correctly rounded). Bools, big ints and subclasses take the
    /// general path, which gives the same result for them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Both(PyValue a, PyValue b, out double x, out double y)
    {
        var ao = a.Obj;
        var bo = b.Obj;
        if (ao is not null && ao.GetType() == typeof(PyFloat))
        {
            x = Unsafe.As<PyFloat>(ao).Value;
            if (bo is null) { y = b.IntValue; return true; }
            if (bo.GetType() == typeof(PyFloat)) { y = Unsafe.As<PyFloat>(bo).Value; return true; }
        }
        else if (ao is null && bo is not null && bo.GetType() == typeof(PyFloat))
        {
            x = a.IntValue;
            y = Unsafe.As<PyFloat>(bo).Value;
            return true;
        }
        x = y = 0;
        return false;
    }

    /// <summary>
    /// True when both operands are exact floats. Comparisons take only this case: a float compared with an
    /// int is exact in CPython (no rounding of the int), which the general path implements.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool BothExact(PyValue a, PyValue b, out double x, out double y)
    {
        var ao = a.Obj;
        var bo = b.Obj;
        if (ao is not null && bo is not null && ao.GetType() == typeof(PyFloat) && bo.GetType() == typeof(PyFloat))
        {
            x = Unsafe.As<PyFloat>(ao).Value;
            y = Unsafe.As<PyFloat>(bo).Value;
            return true;
        }
        x = y = 0;
        return false;
    }
}
