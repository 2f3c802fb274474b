using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// A Python value: an int held inline (no allocation) when <see cref="Obj"/> is null, a heap object otherwise.
/// 16 bytes, passed by value on the evaluation stack of generated code.
/// </summary>
public readonly struct PyValue
{
    private readonly PyObject? _obj;
    private readonly long _bits;

    private PyValue(PyObject? obj, long bits) { _obj = obj; _bits = bits; }

    /// <summary>An int that fits in 64 bits, held inline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Int(long v) => new PyValue(null, v);

    /// <summary>Wraps a heap object without touching its reference count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue From(PyObject o) => new PyValue(o, 0);

    /// <summary>The immortal None.</summary>
    public static readonly PyValue None = From(PyNone.Instance);
    /// <summary>The immortal True.</summary>
    public static readonly PyValue True = From(PyBool.TrueObject);
    /// <summary>The immortal False.</summary>
    public static readonly PyValue False = From(PyBool.FalseObject);
    /// <summary>Marks an unassigned local or global.</summary>
    public static readonly PyValue Unbound = From(PyUnbound.Instance);

    /// <summary>True or False, as an immortal value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Bool(bool b) => b ? True : False;

    /// <summary>True when this is an inline 64-bit int.</summary>
    public bool IsInt { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _obj is null; }

    /// <summary>The inline int's value; meaningful only when <see cref="IsInt"/>.</summary>
    public long IntValue { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _bits; }

    /// <summary>True when this marks an unassigned variable.</summary>
    public bool IsUnbound => ReferenceEquals(_obj, PyUnbound.Instance);

    /// <summary>True when this is None.</summary>
    public bool IsNone => ReferenceEquals(_obj, PyNone.Instance);

    /// <summary>The heap object, or null for an inline int.</summary>
    public PyObject? Obj { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => _obj; }

    /// <summary>The Python type of this value.</summary>
    public PyType Type => _obj is null ? PyType.Int : _obj.Type;

    /// <summary>Adds a reference (no-op for inline ints).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void IncRef()
    {
        // No local variable here nor in DecRef: every local of an inlined method is a new JIT temp, and past 512
        // of them the JIT stops inlining anything in the method (long generated functions hit that).
        if (_obj is null) return;
        if (CheckedRefCounts.Enabled) CheckedRefCounts.IncRef(_obj);
        else if (FreeThreading.Enabled) FreeThreading.IncRef(_obj);
        else _obj.RefCount++;
    }

    /// <summary>Drops a reference; at zero the object releases what it holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void DecRef()
    {
        if (_obj is null) return;
        if (CheckedRefCounts.Enabled) CheckedRefCounts.DecRef(_obj);
        else if (FreeThreading.Enabled) FreeThreading.DecRef(_obj);
        else if (--_obj.RefCount == 0) _obj.FreeAtZeroRefCount();
    }

    /// <summary>
    /// Drops a reference that an object being released held (from its <see cref="PyObject.Dealloc"/>): a release
    /// nested in other releases goes through the <see cref="Trashcan"/>, which bounds how deep they nest.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void DecRefFromDealloc()
    {
        if (_obj is null) return;
        if (CheckedRefCounts.Enabled) CheckedRefCounts.DecRef(_obj, fromDealloc: true);
        else if (FreeThreading.Enabled) FreeThreading.DecRef(_obj, fromDealloc: true);
        else if (--_obj.RefCount == 0) Trashcan.Release(_obj);
    }

    /// <summary>Returns this value after adding a reference (Py_NewRef).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyValue NewRef()
    {
        IncRef();
        return this;
    }

    /// <summary>A new str with reference count 1.</summary>
    public static PyValue Str(string s) => s.Length == 1 && s[0] < PyStr.Latin1Count ? From(PyStr.Latin1(s[0])) : From(new PyStr(s));

    /// <summary>A new float with reference count 1.</summary>
    public static PyValue Float(double d) => From(new PyFloat(d));

    /// <summary>An int of any size: inline when it fits in 64 bits (CPython's int normalized).</summary>
    public static PyValue Int(System.Numerics.BigInteger v) =>
        v >= long.MinValue && v <= long.MaxValue ? Int((long)v) : From(new PyLong(v));

    /// <summary>True when the value is the given heap object.</summary>
    public bool Is(PyObject o) => ReferenceEquals(_obj, o);

    /// <summary>For debugging: the Python repr.</summary>
    public override string ToString() => _obj is null ? _bits.ToString(System.Globalization.CultureInfo.InvariantCulture) : _obj.ReprString(null);
}
