using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// The operator methods of str, bytes, bytearray, list and tuple as CPython's slot wrappers (<c>list.__add__</c>,
/// <c>str.__mod__</c>, <c>(1, 2).__mul__(3)</c>), for explicit calls and <c>super().__add__(other)</c> in a subclass;
/// <c>a + b</c> in generated code keeps its own paths. Each works on the builtin value of self (a subclass's instance
/// is its list or str), never through the operators, which would find a subclass's override again.
/// </summary>
internal static class SequenceSlotMethods
{
    private static PyValue NotImplemented => PyValue.From(PyNotImplemented.Instance);

    /// <summary>str's.</summary>
    public static void InstallStr(PyType t)
    {
        t.AddMethod("__add__", (ts, a, kw) =>
        {
            SlotWrapperArguments.Binary("__add__", a, kw);
            if (a[1].Obj is not PyStr other) throw PyErr.TypeError($"can only concatenate str (not \"{a[1].Type.TpName}\") to str");
            return PyValue.Str(string.Concat(((PyStr)a[0].Obj!).Value, other.Value));
        });
        InstallRepeat(t, inplace: false);
        t.AddMethod("__mod__", (ts, a, kw) =>
        {
            SlotWrapperArguments.Binary("__mod__", a, kw);
            return PyValue.Str(PercentFormatter.Format(ts, ((PyStr)a[0].Obj!).Value, a[1]));
        });
        // other % self: str's slot formats only when the left operand is a str.
        t.AddMethod("__rmod__", (ts, a, kw) =>
        {
            SlotWrapperArguments.Binary("__rmod__", a, kw);
            return a[1].Obj is PyStr format ? PyValue.Str(PercentFormatter.Format(ts, format.Value, a[0])) : NotImplemented;
        });
        InstallNewArgs(t, a => PyValue.Str(((PyStr)a.Obj!).Value));
        InstallSizeOf(t);
    }

    /// <summary>bytes's (<paramref name="mutable"/>: bytearray's, which adds the in-place forms).</summary>
    public static void InstallBytes(PyType t, bool mutable)
    {
        t.AddMethod("__add__", (ts, a, kw) =>
        {
            SlotWrapperArguments.Binary("__add__", a, kw);
            return Concat(ts, a[0], a[1], inplace: false);
        });
        InstallRepeat(t, inplace: false);
        t.AddMethod("__mod__", (ts, a, kw) =>
        {
            SlotWrapperArguments.Binary("__mod__", a, kw);
            return FormatBytes(ts, a[0], a[1]);
        });
        t.AddMethod("__rmod__", (ts, a, kw) =>
        {
            SlotWrapperArguments.Binary("__rmod__", a, kw);
            return a[1].Obj is PyBytes or PyByteArray ? FormatBytes(ts, a[1], a[0]) : NotImplemented;
        });
        if (!mutable)
        {
            InstallNewArgs(t, a => PyBytes.From(((PyBytes)a.Obj!).Data));
            t.AddMethod("__bytes__", (ts, a, kw) =>
            {
                new BuiltinArguments("__bytes__", a.Slice(1), kw).NoKeywords().Expect(0, 0);
                // The exact bytes is itself, a subclass's instance gives its plain bytes (bytes___bytes___impl).
                return ReferenceEquals(a[0].Type, PyType.Bytes) ? a[0].NewRef() : PyBytes.From(((PyBytes)a[0].Obj!).Data);
            });
            return;
        }
        t.AddMethod("__iadd__", (ts, a, kw) =>
        {
            SlotWrapperArguments.Binary("__iadd__", a, kw);
            return Concat(ts, a[0], a[1], inplace: true);
        });
        InstallRepeat(t, inplace: true);
        t.Dict["__hash__"] = PyValue.None;
        foreach (var (name, test) in Orders)
            t.AddMethod(name, (ts, a, kw) =>
            {
                SlotWrapperArguments.Binary(name, a, kw);
                return a[0].Obj!.CompareTo(ts, a[1]) is int sign ? PyValue.Bool(test(sign)) : NotImplemented;
            });
        t.AddMethod("__setitem__", (ts, a, kw) =>
        {
            if (kw is { Length: > 0 }) throw PyErr.TypeError("wrapper __setitem__() takes no keyword arguments");
            if (a.Length != 3) throw PyErr.TypeError($"expected 2 arguments, got {a.Length - 1}");
            a[0].Obj!.SetItem(ts, a[1], a[2]);
            return PyValue.None;
        });
        t.AddMethod("__delitem__", (ts, a, kw) =>
        {
            SlotWrapperArguments.Binary("__delitem__", a, kw);
            a[0].Obj!.DelItem(ts, a[1]);
            return PyValue.None;
        });
        t.AddMethod("__alloc__", (ts, a, kw) =>
        {
            new BuiltinArguments("__alloc__", a.Slice(1), kw).NoKeywords().Expect(0, 0);
            int n = ((PyByteArray)a[0].Obj!).Data.Count;
            return PyValue.Int(n == 0 ? 0 : n + 1);
        });
        InstallSizeOf(t);
        // bytearray_reduce_ex: protocols below 3 carry the data as a latin-1 str, later ones as bytes.
        t.AddMethod("__reduce__", (ts, a, kw) =>
        {
            new BuiltinArguments("__reduce__", a.Slice(1), kw).NoKeywords().Expect(0, 0);
            return ReduceByteArray(ts, a[0], 0);
        });
        t.AddMethod("__reduce_ex__", (ts, a, kw) =>
        {
            new BuiltinArguments("__reduce_ex__", a.Slice(1), kw).NoKeywords().Expect(0, 1);
            long protocol = a.Length > 1 ? SequenceIndex.AsIndex(a[1], $"'{a[1].Type.Name}' object cannot be interpreted as an integer") : 0;
            return ReduceByteArray(ts, a[0], protocol);
        });
    }

    /// <summary>list's.</summary>
    public static void InstallList(PyType t)
    {
        t.AddMethod("__add__", (ts, a, kw) =>
        {
            SlotWrapperArguments.Binary("__add__", a, kw);
            if (a[1].Obj is not PyList)
                throw PyErr.TypeError($"can only concatenate list (not \"{a[1].Type.TpName}\") to list");
            return SequenceArithmetic.TryBinary(ts, a[0], a[1], BinaryOp.Add, false)!.Value;
        });
        t.AddMethod("__iadd__", (ts, a, kw) =>
        {
            SlotWrapperArguments.Binary("__iadd__", a, kw);
            ListMethods.ExtendFrom(ts, (PyList)a[0].Obj!, a[1]);
            return a[0].NewRef();
        });
        InstallRepeat(t, inplace: false);
        InstallRepeat(t, inplace: true);
        InstallSizeOf(t);
    }

    /// <summary>tuple's.</summary>
    public static void InstallTuple(PyType t)
    {
        t.AddMethod("__add__", (ts, a, kw) =>
        {
            SlotWrapperArguments.Binary("__add__", a, kw);
            if (a[1].Obj is not PyTuple)
                throw PyErr.TypeError($"can only concatenate tuple (not \"{a[1].Type.TpName}\") to tuple");
            return SequenceArithmetic.TryBinary(ts, a[0], a[1], BinaryOp.Add, false)!.Value;
        });
        InstallRepeat(t, inplace: false);
        InstallNewArgs(t, a => PyValue.From(PyTuple.FromBorrowed(((PyTuple)a.Obj!).Items)));
    }

    private static readonly (string Name, Func<int, bool> Test)[] Orders =
    {
        ("__lt__", s => s < 0), ("__le__", s => s <= 0), ("__gt__", s => s > 0), ("__ge__", s => s >= 0),
    };

    // __mul__ and __rmul__ (the count is the other operand either way), or __imul__.
    private static void InstallRepeat(PyType t, bool inplace)
    {
        foreach (var name in inplace ? new[] { "__imul__" } : new[] { "__mul__", "__rmul__" })
            t.AddMethod(name, (ts, a, kw) =>
            {
                SlotWrapperArguments.Binary(name, a, kw);
                long n = SequenceIndex.AsIndex(a[1], $"'{a[1].Type.TpName}' object cannot be interpreted as an integer");
                var count = PyValue.Int(n);
                return SequenceArithmetic.TryBinary(ts, a[0], count, BinaryOp.Mul, inplace)!.Value;
            });
    }

    private static void InstallNewArgs(PyType t, Func<PyValue, PyValue> plainValue) =>
        t.AddMethod("__getnewargs__", (ts, a, kw) =>
        {
            new BuiltinArguments("__getnewargs__", a.Slice(1), kw).NoKeywords().Expect(0, 0);
            return PyValue.From(new PyTuple(new[] { plainValue(a[0]) }));
        });

    /// <summary>A class whose CPython type defines its own <c>__sizeof__</c> (the number is <see cref="CPythonSize"/>'s either way).</summary>
    internal static void InstallSizeOf(PyType t) =>
        t.AddMethod("__sizeof__", (ts, a, kw) =>
        {
            new BuiltinArguments("__sizeof__", a.Slice(1), kw).NoKeywords().Expect(0, 0);
            return PyValue.Int(CPythonSize.Of(ts, a[0]));
        });

    // bytes + other or bytearray + other (+= when inplace): any bytes-like operand, else CPython's "can't concat".
    private static PyValue Concat(ThreadState ts, PyValue self, PyValue other, bool inplace)
    {
        if (!BytesMethods.TryGetBytes(other, out _)) throw PyErr.TypeError($"can't concat {other.Type.TpName} to {self.Type.TpName}");
        return SequenceArithmetic.TryBinary(ts, self, other, BinaryOp.Add, inplace)!.Value;
    }

    private static PyValue FormatBytes(ThreadState ts, PyValue format, PyValue args)
    {
        BytesMethods.TryGetBytes(format, out var data);
        var result = PercentFormatter.FormatBytes(ts, data, args);
        return format.Obj is PyByteArray ? PyValue.From(new PyByteArray(new List<byte>(result))) : PyBytes.From(result);
    }

    private static PyValue ReduceByteArray(ThreadState ts, PyValue self, long protocol)
    {
        var data = ((PyByteArray)self.Obj!).Data.ToArray();
        PyValue args;
        if (protocol < 3)
        {
            var chars = new char[data.Length];
            for (int i = 0; i < data.Length; i++) chars[i] = (char)data[i];
            args = PyValue.From(new PyTuple(new[] { PyValue.Str(new string(chars)), PyValue.Str("latin-1") }));
        }
        else args = PyValue.From(new PyTuple(new[] { PyBytes.From(data) }));
        var state = ObjectReduction.InstanceDictOrNone(ts, self);
        return PyValue.From(new PyTuple(new[] { PyValue.From(self.Type).NewRef(), args, state }));
    }
}
