using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>Turns a Python index into a position in a sequence, raising CPython's IndexError/TypeError texts.</summary>
public static class SequenceIndex
{
    /// <summary>Normalizes a possibly negative index; <paramref name="what"/> is "list", "tuple", "string", "range object".</summary>
    public static long Normalize(ThreadState ts, PyValue key, long length, string what)
    {
        long i = AsItemIndex(key, what);
        if (i < 0) i += length;
        if (i < 0 || i >= length) throw PyErr.IndexError($"{what} index out of range");
        return i;
    }

    /// <summary>
    /// The int value of a subscript (int or bool) of a sequence named <paramref name="what"/> ("list", "tuple",
    /// "string", "byte"...), else CPython's TypeError for that sequence. The message is built only when it is
    /// raised: formatting it for every subscript was most of the strings some programs allocated.
    /// </summary>
    public static long AsItemIndex(PyValue key, string what)
    {
        if (key.IsInt) return key.IntValue;
        if (key.Obj is PyBool b) return b.Value ? 1 : 0;
        if (Numbers.TryLong(key, out long fits)) return fits;
        if (key.Obj is PyLong) throw PyErr.IndexError("cannot fit 'int' into an index-sized integer");
        if (TryIndexMethod(key, out long index)) return index;
        throw PyErr.TypeError(what == "string" ? $"string indices must be integers, not '{key.Type.Name}'" : $"{what} indices must be integers or slices, not {key.Type.Name}");
    }

    /// <summary>The int value of an index operand (int or bool), else TypeError with <paramref name="message"/>.</summary>
    public static long AsIndex(PyValue key, string message)
    {
        if (key.IsInt) return key.IntValue;
        if (key.Obj is PyBool b) return b.Value ? 1 : 0;
        if (Numbers.TryLong(key, out long fits)) return fits;
        if (key.Obj is PyLong) throw PyErr.IndexError("cannot fit 'int' into an index-sized integer");
        if (TryIndexMethod(key, out long index)) return index;
        throw PyErr.TypeError(message);
    }

    // PyNumber_Index for an object of a class written in Python: what its __index__ returns (an int), so that
    // numbers.Integral's subclasses and any class with __index__ subscript sequences as in CPython.
    private static bool TryIndexMethod(PyValue key, out long index)
    {
        index = 0;
        if (key.Obj is null || key.Type.Lookup("__index__") is not PyValue method || method.Obj is not PyFunction) return false;
        if (ThreadState.Running is not ThreadState ts) return false;
        var made = Ops.Call(ts, method, new[] { key }, null);
        try
        {
            if (!Numbers.TryInt(made, out _) || made.Obj is PyBool)
                throw PyErr.TypeError($"__index__ returned non-int (type {made.Type.Name})");
            if (!Numbers.TryLong(made, out index)) throw PyErr.IndexError("cannot fit 'int' into an index-sized integer");
            return true;
        }
        finally { made.DecRef(); }
    }

    /// <summary>
    /// A slice bound or step (CPython's _PyEval_SliceIndex): an int too big for a machine index
    /// clamps to the nearest end instead of raising, so <c>'abc'[-10**30:10**30]</c> is <c>'abc'</c>.
    /// </summary>
    public static long AsSliceIndex(PyValue key, string message)
    {
        if (key.Obj is PyLong big && !Numbers.TryLong(key, out _))
            return big.Value.Sign < 0 ? long.MinValue : long.MaxValue;
        return AsIndex(key, message);
    }
}
