using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>Hashing and equality of dict keys and set items with Python semantics (1 == 1.0 == True).</summary>
public sealed class PyKeyComparer : IEqualityComparer<PyValue>
{
    /// <summary>The comparer for builtin key types, which need no thread state.</summary>
    public static readonly PyKeyComparer Instance = new();
    /// <inheritdoc/>
    public bool Equals(PyValue a, PyValue b)
    {
        if (a.IsInt && b.IsInt) return a.IntValue == b.IntValue;
        if (a.Obj is not null && ReferenceEquals(a.Obj, b.Obj)) return true;
        return Ops.EqualsBool(UserKeyState(a, b), a, b);
    }
    /// <summary>Instances of Python classes compare with their __eq__, which needs the running thread state.</summary>
    private static ThreadState? UserKeyState(PyValue a, PyValue b) =>
        (a.Obj is not null && a.Obj.Type.IsHeapType) || (b.Obj is not null && b.Obj.Type.IsHeapType) ? ThreadState.Running : null;

    /// <summary>
    /// Python's hash of a key, as dict and set store it: an inline int's without a call (the same as an equal float's),
    /// a builtin's without the thread state, a class's through its __hash__ (which needs the running thread).
    /// </summary>
    public static long HashOf(PyValue key) =>
        key.IsInt ? NumericHash.OfLong(key.IntValue) : Ops.HashOf(key.Obj!.Type.IsHeapType ? ThreadState.Running : null, key);

    /// <inheritdoc/>
    public int GetHashCode(PyValue v)
    {
        long h = HashOf(v);
        return (int)h ^ (int)(h >> 32);
    }
}
