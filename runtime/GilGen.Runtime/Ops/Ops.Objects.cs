using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

public static partial class Ops
{
    /// <summary>bool(v) as a C# bool.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrue(ThreadState ts, PyValue v)
    {
        var o = v.Obj;
        if (o is null) return v.IntValue != 0;
        if (ReferenceEquals(o, PyBool.TrueObject)) return true;
        if (ReferenceEquals(o, PyBool.FalseObject) || ReferenceEquals(o, PyNone.Instance)) return false;
        return IsTrueSlow(ts, o);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsTrueSlow(ThreadState ts, PyObject o)
    {
        CheckedRefCounts.CheckAlive(PyValue.From(o), "bool");
        if (o.Type.IsOutsideBuiltins)
        {
            if (o.Type.Lookup("__bool__") is PyValue b && b.Obj is PyFunction)
            {
                var r = Call(ts, b, new[] { PyValue.From(o) }, null);
                if (r.Obj is not PyBool rb) throw PyErr.TypeError($"__bool__ should return bool, returned {r.Type.Name}");
                return rb.Value;
            }
            if (o.Type.Lookup("__len__") is PyValue l && l.Obj is PyFunction)
                return Length(ts, PyValue.From(o)) != 0;
        }
        return o.IsTrue(ts);
    }

    /// <summary>repr(v) as a C# string.</summary>
    public static string ReprOf(ThreadState? ts, PyValue v)
    {
        CheckedRefCounts.CheckAlive(v, "repr");
        if (v.Obj is null) return v.IntValue.ToString(CultureInfo.InvariantCulture);
        if (ts != null && v.Obj.Type.IsOutsideBuiltins && v.Type.Lookup("__repr__") is PyValue m && m.Obj is PyFunction)
            return ResultString(ts, Call(ts, m, new[] { v }, null), "__repr__");
        // A level of its own, as PyObject_Repr's: the repr of a container runs the repr of what it holds.
        using var level = RecursionLevel.Enter(ts, " while getting the repr of an object");
        return v.Obj.ReprString(ts);
    }

    /// <summary>str(v) as a C# string.</summary>
    public static string StrOf(ThreadState? ts, PyValue v)
    {
        CheckedRefCounts.CheckAlive(v, "str");
        if (v.Obj is null) return v.IntValue.ToString(CultureInfo.InvariantCulture);
        // str of a str subclass is its text unless the class writes __str__ (str's tp_str, not object's).
        if (v.Obj is PyStr s && (s.GetType() == typeof(PyStr) || v.Type.Lookup("__str__") is not PyValue { Obj: PyFunction })) return s.Value;
        if (ts != null && v.Obj.Type.IsOutsideBuiltins)
        {
            var m = v.Type.Lookup("__str__");
            if (m is PyValue { Obj: PyFunction } f) return ResultString(ts, Call(ts, f, new[] { v }, null), "__str__");
            // object.__str__ is repr(), which may be the class's own __repr__.
            if (m is PyValue { Obj: PyBuiltinFunction b } && ReferenceEquals(b.OwnerType, PyType.Object)) return ReprOf(ts, v);
        }
        return v.Obj.StrString(ts);
    }

    private static string ResultString(ThreadState ts, PyValue r, string method)
    {
        try
        {
            if (r.Obj is PyStr s) return s.Value;
            throw PyErr.TypeError($"{method} returned non-string (type {r.Type.Name})");
        }
        finally { r.DecRef(); }
    }

    /// <summary>hash(v), with "unhashable type" TypeErrors.</summary>
    public static long HashOf(ThreadState? ts, PyValue v)
    {
        CheckedRefCounts.CheckAlive(v, "hash");
        if (v.Obj is null) return NumericHash.OfLong(v.IntValue);
        if (ts != null && v.Obj.Type.IsOutsideBuiltins)
        {
            if (v.Type.Lookup("__hash__") is PyValue h)
            {
                if (h.IsNone) throw PyErr.TypeError($"unhashable type: '{v.Type.Name}'");
                if (h.Obj is PyFunction)
                {
                    var r = Call(ts, h, new[] { v }, null);
                    if (!Numbers.TryInt(r, out _)) { r.DecRef(); throw PyErr.TypeError("__hash__ method should return an integer"); }
                    // A 64-bit result is the hash (-1 becomes -2); a bigger int gives its own hash, as CPython's slot_tp_hash.
                    if (r.IsInt) return r.IntValue == -1 ? -2 : r.IntValue;
                    try { return HashOf(ts, r); }
                    finally { r.DecRef(); }
                }
            }
        }
        return v.Obj.Hash(ts);
    }

    /// <summary>len(v).</summary>
    public static long Length(ThreadState ts, PyValue v)
    {
        CheckedRefCounts.CheckAlive(v, "len");
        if (v.Obj is null) throw PyErr.TypeError("object of type 'int' has no len()");
        if (v.Obj.Type.IsOutsideBuiltins && v.Type.Lookup("__len__") is PyValue m && m.Obj is PyFunction)
        {
            var r = Call(ts, m, new[] { v }, null);
            if (!Numbers.TryLong(r, out long n)) { r.DecRef(); throw PyErr.TypeError($"'{r.Type.Name}' object cannot be interpreted as an integer"); }
            if (n < 0) throw PyErr.ValueError("__len__() should return >= 0");
            return n;
        }
        return v.Obj.Length(ts);
    }

    /// <summary>The items of any iterable as a list of new references.</summary>
    public static PyValueList ToList(ThreadState ts, PyValue iterable)
    {
        PyValueList result;
        // The exact classes only (PyList_CheckExact): a subclass may iterate differently. Their copies are sized
        // at once (growing from four items made two or three arrays for every short list copied).
        switch (iterable.Obj)
        {
            case PyList l when l.GetType() == typeof(PyList):
                using (FreeThreading.Lock(l))
                {
                    result = new PyValueList(l.Items.Count);
                    foreach (var v in l.Items) result.Add(v.NewRef());
                }
                return result;
            case PyTuple t when t.GetType() == typeof(PyTuple):
                result = new PyValueList(t.Items.Length);
                foreach (var v in t.Items) result.Add(v.NewRef());
                return result;
        }
        result = new PyValueList();
        // Without a GIL, list(d), list(d.values()) and list(s) copy under the container's lock, as 3.13t's
        // list_extend does: the copy is a snapshot, never "changed size during iteration".
        object? whole = !FreeThreading.Enabled ? null : iterable.Obj switch
        {
            PyDict d when d.GetType() == typeof(PyDict) => d,
            PyDictView v => v.Dict,
            PySet s when s.GetType() == typeof(PySet) => s,
            _ => null,
        };
        using var section = FreeThreading.Lock(whole);
        var it = GetIter(ts, iterable);
        bool complete = false;
        try
        {
            while (ForIter(ts, it, out var x)) result.Add(x);
            complete = true;
        }
        finally
        {
            it.DecRef();
            if (!complete) foreach (var v in result) v.DecRef();
        }
        return result;
    }

    /// <summary>isinstance(v, type) for one class.</summary>
    public static bool IsInstance(PyValue v, PyType type) => v.Type.IsSubtypeOf(type);
}
