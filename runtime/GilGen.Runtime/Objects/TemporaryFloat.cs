using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// The result of float arithmetic whose operands the operation consumes (the emitted binary instructions):
/// an operand that is an exact float with reference count 1 is a temporary nothing else can see (the
/// product in <c>a * b + c</c>), so it takes the result instead of a new float being allocated and the
/// operand released. What Python can observe is unchanged: the operand would have been released at once,
/// and CPython's <c>id()</c> of a temporary is not certain either (its free list hands the freed float's
/// memory to the next result).
/// </summary>
/// <remarks>
/// Off in the free-threaded profile, where runtime code on another thread may read an object it has not
/// counted (a list's item, borrowed while the list is read) and see the value change.
/// </remarks>
internal static class TemporaryFloat
{
    /// <summary>A new reference to a float holding <paramref name="value"/>; <paramref name="a"/> and <paramref name="b"/> are consumed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Result(PyValue a, PyValue b, double value)
    {
        if (!FreeThreading.Enabled)
        {
            if (IsTemporary(a.Obj))
            {
                Unsafe.As<PyFloat>(a.Obj).TakeResult(value);
                Release(b);
                return a;
            }
            if (IsTemporary(b.Obj))
            {
                Unsafe.As<PyFloat>(b.Obj).TakeResult(value);
                Release(a);
                return b;
            }
        }
        var result = PyValue.Float(value);
        Release(a);
        Release(b);
        return result;
    }

    /// <summary>
    /// Drops an operand's reference. An exact float has nothing to release and no finalizer, so at zero it is
    /// only left to the GC (without the general release's type test and virtual call); checked and
    /// free-threaded counts take the general path, which records the release.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Release(PyValue v)
    {
        var o = v.Obj;
        if (o is not null && o.GetType() == typeof(PyFloat) && !CheckedRefCounts.Enabled && !FreeThreading.Enabled) o.RefCount--;
        else v.DecRef();
    }

    /// <summary>
    /// An exact float (a subclass may be observed through its instance) held only by the caller: one reference.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsTemporary([NotNullWhen(true)] PyObject? o) =>
        o is not null && o.GetType() == typeof(PyFloat) && o.RefCount == 1;
}
