using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// One interpreter's handle on shared ctypes memory (<see cref="SharedCtypeData"/>): what <c>RawValue</c> and
/// <c>RawArray</c> return, and what the synchronized wrappers of <c>Value</c> and <c>Array</c> hold. Copying it to
/// another process (an argument of Process or Pool) gives that process a handle on the same memory.
/// </summary>
internal sealed class PySharedCtype : PyObject
{
    /// <summary>The class of shared values (ctypes' simple types: <c>c_int(5)</c>).</summary>
    public static readonly PyType ValueType = CreateValueType();
    /// <summary>The class of shared arrays (ctypes' arrays).</summary>
    public static readonly PyType ArrayType = CreateArrayType();

    /// <summary>The shared memory.</summary>
    public readonly SharedCtypeData Data;

    public PySharedCtype(SharedCtypeData data) => Data = data;

    /// <inheritdoc/>
    public override PyType Type => Data.IsArray ? ArrayType : ValueType;

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        if (!Data.IsArray)
        {
            var v = Data.Get(0);
            try { return $"{Data.ElementName}({Ops.ReprOf(ts, v)})"; }
            finally { v.DecRef(); }
        }
        return $"<multiprocessing.sharedctypes.{Data.ElementName}_Array_{Data.Length} object at 0x{ObjectId.Of(this):x}>";
    }

    /// <inheritdoc/>
    public override void SetAttr(ThreadState ts, string name, PyValue value)
    {
        switch (name)
        {
            case "value" when !Data.IsArray: Data.Set(0, value); return;
            case "value" or "raw" when Data.IsArray && Data.Typecode == 'c': SetChars(Data, value, raw: name == "raw"); return;
        }
        base.SetAttr(ts, name, value);
    }

    /// <inheritdoc/>
    public override long Length(ThreadState ts) => Data.IsArray ? Data.Length : base.Length(ts);

    /// <inheritdoc/>
    public override PyValue GetItem(ThreadState ts, PyValue key) => Data.IsArray ? GetItem(ts, Data, key) : base.GetItem(ts, key);

    /// <inheritdoc/>
    public override void SetItem(ThreadState ts, PyValue key, PyValue value)
    {
        if (Data.IsArray) SetItem(ts, Data, key, value);
        else base.SetItem(ts, key, value);
    }

    /// <inheritdoc/>
    public override void DelItem(ThreadState ts, PyValue key) =>
        throw PyErr.TypeError(Data.IsArray ? "Array does not support item deletion" : $"'{Type.Name}' object doesn't support item deletion");

    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts)
    {
        if (!Data.IsArray) return base.Iter(ts);
        // A ctypes array iterates through the sequence protocol, index by index: read each cell when reached.
        return PyValue.From(new PyGetItemIterator(PyValue.From(this)));
    }

    private static PySharedCtype Self(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is PySharedCtype s ? s : throw PyErr.TypeError("descriptor requires a shared ctypes object");

    private static PyType CreateValueType()
    {
        var type = new PyType("SharedValue", PyType.Object) { Module = "multiprocessing.sharedctypes", IsBaseType = false };
        type.Dict["value"] = PyValue.From(new PyProperty(
            PyValue.From(new PyBuiltinFunction("value", (ts, a, kw) => Self(a).Data.Get(0))),
            PyValue.None,
            PyValue.None, PyValue.None));
        type.Modified();
        return type;
    }

    private static PyType CreateArrayType()
    {
        var type = new PyType("SharedArray", PyType.Object) { Module = "multiprocessing.sharedctypes", IsBaseType = false };
        type.AddMethod("__len__", (ts, a, kw) => PyValue.Int(Self(a).Data.Length));
        type.AddMethod("__getitem__", (ts, a, kw) => GetItem(ts, Self(a).Data, a[1]));
        type.AddMethod("__setitem__", (ts, a, kw) => { SetItem(ts, Self(a).Data, a[1], a[2]); return PyValue.None; });
        // c_char arrays: value (the bytes up to the first NUL) and raw (all of them), as ctypes' char arrays have;
        // SetAttr stores them (and a Value's value).
        type.Dict["value"] = PyValue.From(new PyProperty(
            PyValue.From(new PyBuiltinFunction("value", (ts, a, kw) => CharBytes(Self(a).Data, stopAtNul: true))),
            PyValue.None,
            PyValue.None, PyValue.None));
        type.Dict["raw"] = PyValue.From(new PyProperty(
            PyValue.From(new PyBuiltinFunction("raw", (ts, a, kw) => CharBytes(Self(a).Data, stopAtNul: false))),
            PyValue.None,
            PyValue.None, PyValue.None));
        type.Modified();
        return type;
    }

    private static PyValueList Items(SharedCtypeData data, long start, long count, long step)
    {
        var items = new PyValueList((int)count);
        for (long i = 0, at = start; i < count; i++, at += step) items.Add(data.Get((int)at));
        return items;
    }

    private static PyValue GetItem(ThreadState ts, SharedCtypeData data, PyValue key)
    {
        if (key.Obj is PySlice slice)
        {
            slice.Indices(ts, data.Length, out long start, out long _, out long step, out long count);
            var items = Items(data, start, count, step);
            if (data.Typecode != 'c') return PyValue.From(new PyList(items));
            var bytes = new byte[items.Count];
            for (int i = 0; i < bytes.Length; i++) { bytes[i] = ((PyBytes)items[i].Obj!).Data[0]; items[i].DecRef(); }
            return PyValue.From(new PyBytes(bytes));
        }
        return data.Get(Index(key, data.Length));
    }

    private static void SetItem(ThreadState ts, SharedCtypeData data, PyValue key, PyValue value)
    {
        if (key.Obj is PySlice slice)
        {
            slice.Indices(ts, data.Length, out long start, out long _, out long step, out long count);
            var values = value.Obj is PyBytes b && data.Typecode == 'c'
                ? Array.ConvertAll(b.Data, x => PyValue.From(new PyBytes(new[] { x })))
                : Ops.ToList(ts, value).ToArray();
            try
            {
                if (values.Length != count) throw PyErr.ValueError("Can only assign sequence of same size");
                for (long i = 0, at = start; i < count; i++, at += step) data.Set((int)at, values[i]);
            }
            finally { foreach (var v in values) v.DecRef(); }
            return;
        }
        data.Set(Index(key, data.Length), value);
    }

    private static int Index(PyValue key, int length)
    {
        long i = SequenceIndex.AsIndex(key, $"indices must be integers");
        if (i < 0) i += length;
        if (i < 0 || i >= length) throw PyErr.IndexError("invalid index");
        return (int)i;
    }

    private static PyValue CharBytes(SharedCtypeData data, bool stopAtNul)
    {
        if (data.Typecode != 'c') throw PyErr.AttributeError($"'{data.ElementName}_Array_{data.Length}' object has no attribute '{(stopAtNul ? "value" : "raw")}'");
        var bytes = new List<byte>(data.Length);
        for (int i = 0; i < data.Length; i++)
        {
            var v = data.Get(i);
            byte c = ((PyBytes)v.Obj!).Data[0];
            v.DecRef();
            if (stopAtNul && c == 0) break;
            bytes.Add(c);
        }
        return PyValue.From(new PyBytes(bytes.ToArray()));
    }

    private static void SetChars(SharedCtypeData data, PyValue value, bool raw)
    {
        if (data.Typecode != 'c') throw PyErr.AttributeError($"'{data.ElementName}_Array_{data.Length}' object has no attribute '{(raw ? "raw" : "value")}'");
        if (value.Obj is not PyBytes b) throw PyErr.TypeError($"bytes expected instead of {value.Type.Name} instance");
        if (b.Data.Length > data.Length) throw PyErr.ValueError("byte string too long");
        for (int i = 0; i < b.Data.Length; i++) data.Set(i, PyValue.Int(b.Data[i]));
        if (!raw && b.Data.Length < data.Length) data.Set(b.Data.Length, PyValue.Int(0));
    }
}
