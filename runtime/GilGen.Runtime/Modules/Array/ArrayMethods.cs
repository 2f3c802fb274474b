using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>The class array.array: its constructor, methods and operators.</summary>
public static class ArrayMethods
{
    /// <summary>The iterator class of arrays.</summary>
    public static readonly PyType IteratorType = new("arrayiterator", PyType.Object) { IsBaseType = false, Module = "array" };

    private static PyArray Self(ReadOnlySpan<PyValue> a) => (PyArray)a[0].Obj!;

    /// <summary>Makes array.array.</summary>
    internal static PyType CreateType()
    {
        var t = new PyType("array", PyType.Object, Construct) { Module = "array", IsBaseType = false };
        t.AddMethod("append", (ts, a, kw) => { One("append", a, kw); Self(a).Append(a[1]); return PyValue.None; });
        t.AddMethod("extend", (ts, a, kw) => { One("extend", a, kw); Extend(ts, Self(a), a[1]); return PyValue.None; });
        t.AddMethod("insert", (ts, a, kw) =>
        {
            new BuiltinArguments("insert", a.Slice(1), kw).NoKeywords().Expect(2, 2);
            var self = Self(a);
            long i = SequenceIndex.AsIndex(a[1], $"'{a[1].Type.Name}' object cannot be interpreted as an integer");
            if (i < 0) i = Math.Max(0, i + self.Count);
            i = Math.Min(i, self.Count);
            var probe = new PyArray(self.Code);
            probe.Append(a[2]);
            if (self.IsFloat) self.Floats.Insert((int)i, probe.Floats[0]);
            else self.Ints.Insert((int)i, probe.Ints[0]);
            return PyValue.None;
        });
        t.AddMethod("pop", (ts, a, kw) =>
        {
            new BuiltinArguments("pop", a.Slice(1), kw).NoKeywords().Expect(0, 1);
            var self = Self(a);
            if (self.Count == 0) throw PyErr.IndexError("pop from empty array");
            int i = a.Length > 1 ? self.Index(ts, a[1], "pop index out of range") : self.Count - 1;
            var v = self.Item(i);
            self.RemoveAt(i);
            return v;
        });
        t.AddMethod("remove", (ts, a, kw) =>
        {
            One("remove", a, kw);
            var self = Self(a);
            int i = Find(ts, self, a[1]);
            if (i < 0) throw PyErr.ValueError("array.remove(x): x not in array");
            self.RemoveAt(i);
            return PyValue.None;
        });
        t.AddMethod("index", (ts, a, kw) =>
        {
            One("index", a, kw);
            int i = Find(ts, Self(a), a[1]);
            return i >= 0 ? PyValue.Int(i) : throw PyErr.ValueError("array.index(x): x not in array");
        });
        t.AddMethod("count", (ts, a, kw) =>
        {
            One("count", a, kw);
            var self = Self(a);
            long n = 0;
            for (int i = 0; i < self.Count; i++)
            {
                var v = self.Item(i);
                try { if (Ops.EqualsBool(ts, v, a[1])) n++; }
                finally { v.DecRef(); }
            }
            return PyValue.Int(n);
        });
        t.AddMethod("reverse", (ts, a, kw) =>
        {
            var self = Self(a);
            self.Ints.Reverse();
            self.Floats.Reverse();
            return PyValue.None;
        });
        t.AddMethod("__reversed__", (ts, a, kw) =>
        {
            var self = Self(a);
            return PyValue.From(new PyNativeIterator(IteratorType, new[] { a[0].NewRef() }, ctx => Backwards(self)));
        });
        t.AddMethod("tolist", (ts, a, kw) =>
        {
            var self = Self(a);
            var items = new PyValueList(self.Count);
            for (int i = 0; i < self.Count; i++) items.Add(self.Item(i));
            return PyValue.From(new PyList(items));
        });
        t.AddMethod("tobytes", (ts, a, kw) => PyValue.From(new PyBytes(Self(a).ToBytes())));
        t.AddMethod("frombytes", (ts, a, kw) =>
        {
            One("frombytes", a, kw);
            if (!BytesMethods.TryGetBytes(a[1], out var data))
                throw PyErr.TypeError($"a bytes-like object is required, not '{a[1].Type.Name}'");
            Self(a).FromBytes(data);
            return PyValue.None;
        });
        t.AddMethod("fromlist", (ts, a, kw) =>
        {
            One("fromlist", a, kw);
            if (a[1].Obj is not PyList list) throw PyErr.TypeError("arg must be list");
            var self = Self(a);
            var grown = new PyArray(self.Code);
            foreach (var v in list.Items) grown.Append(v);  // all or nothing, as CPython
            self.Ints.AddRange(grown.Ints);
            self.Floats.AddRange(grown.Floats);
            return PyValue.None;
        });
        t.AddMethod("tounicode", (ts, a, kw) =>
        {
            if (Self(a).Code != 'u') throw PyErr.ValueError("tounicode() may only be called on unicode type arrays");
            return PyValue.Str(Self(a).Text());
        });
        t.AddMethod("fromunicode", (ts, a, kw) =>
        {
            One("fromunicode", a, kw);
            if (Self(a).Code != 'u') throw PyErr.ValueError("fromunicode() may only be called on unicode type arrays");
            if (a[1].Obj is not PyStr s) throw PyErr.TypeError($"fromunicode() argument must be str, not {a[1].Type.Name}");
            AppendText(Self(a), s.Value);
            return PyValue.None;
        });
        t.AddMethod("byteswap", (ts, a, kw) =>
        {
            var self = Self(a);
            var data = self.ToBytes();
            int size = self.ItemSize;
            for (int i = 0; i < data.Length; i += size) Array.Reverse(data, i, size);
            self.Ints.Clear();
            self.Floats.Clear();
            self.FromBytes(data);
            return PyValue.None;
        });
        t.AddMethod("buffer_info", (ts, a, kw) =>
            throw PyErr.NotImplementedError("GilGen does not support array.buffer_info (arrays have no fixed address)"));
        t.AddMethod("__add__", (ts, a, kw) =>
        {
            var self = Self(a);
            if (a[1].Obj is not PyArray other)
                throw PyErr.TypeError($"can only append array (not \"{a[1].Type.Name}\") to array");
            if (other.Code != self.Code) throw PyErr.TypeError("bad argument type for built-in operation");
            var r = self.Slice(0, 1, self.Count);
            r.Ints.AddRange(other.Ints);
            r.Floats.AddRange(other.Floats);
            return PyValue.From(r);
        });
        t.AddMethod("__iadd__", (ts, a, kw) =>
        {
            var self = Self(a);
            if (a[1].Obj is not PyArray other)
                throw PyErr.TypeError($"can only extend array with array (not \"{a[1].Type.Name}\")");
            Extend(ts, self, a[1]);
            return a[0].NewRef();
        });
        t.AddMethod("__mul__", (ts, a, kw) => Repeat(Self(a), a[1]));
        t.AddMethod("__rmul__", (ts, a, kw) => Repeat(Self(a), a[1]));
        t.AddMethod("__imul__", (ts, a, kw) =>
        {
            var self = Self(a);
            var r = (PyArray)Repeat(self, a[1]).Obj!;
            self.Ints.Clear(); self.Ints.AddRange(r.Ints);
            self.Floats.Clear(); self.Floats.AddRange(r.Floats);
            PyValue.From(r).DecRef();
            return a[0].NewRef();
        });
        ReadOnlyAttribute.Install(t, "typecode", v => PyValue.Str(((PyArray)v.Obj!).Code.ToString()));
        ReadOnlyAttribute.Install(t, "itemsize", v => PyValue.Int(((PyArray)v.Obj!).ItemSize));
        SelfLockingMethods.Install(t);   // 3.13t locks array methods per object (FreeThreading)
        return t;
    }

    private static IEnumerable<PyValue> Backwards(PyArray self)
    {
        for (int i = self.Count - 1; i >= 0; i--)
        {
            if (i >= self.Count) yield break;
            yield return self.Item(i);
        }
    }

    private static void One(string name, ReadOnlySpan<PyValue> a, string[]? kw) =>
        new BuiltinArguments(name, a.Slice(1), kw).NoKeywords().Expect(1, 1);

    private static PyValue Construct(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var a = new BuiltinArguments("array", args, kw).NoKeywords();
        if (a.Count == 0) throw PyErr.TypeError("array() takes at least 1 argument (0 given)");
        a.Expect(1, 2);
        if (args[0].Obj is not PyStr code || code.Value.Length != 1)
            throw PyErr.TypeError($"array() argument 1 must be a unicode character, not {(args[0].Obj is PyStr ? "str" : args[0].Type.Name)}");
        char c = code.Value[0];
        if (PyArray.TypeCodes.IndexOf(c) < 0) throw PyErr.ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        var array = new PyArray(c);
        if (a.Count == 2)
        {
            var init = args[1];
            bool done = false;
            try
            {
                if (init.Obj is PyStr s)
                {
                    if (c != 'u') throw PyErr.TypeError($"cannot use a str to initialize an array with typecode '{c}'");
                    AppendText(array, s.Value);
                }
                else if (init.Obj is PyBytes or PyByteArray && BytesMethods.TryGetBytes(init, out var data)) array.FromBytes(data);
                // An array of another typecode initializes item by item (extend() would refuse it).
                else if (init.Obj is PyArray other && other.Code != c) { for (int i = 0; i < other.Count; i++) { var v = other.Item(i); try { array.Append(v); } finally { v.DecRef(); } } }
                else Extend(ts, array, init);
                done = true;
            }
            finally
            {
                if (!done) PyValue.From(array).DecRef();
            }
        }
        return PyValue.From(array);
    }

    private static void AppendText(PyArray array, string text)
    {
        for (int i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1) array.Ints.Add(char.ConvertToUtf32(text, i));
    }

    private static void Extend(ThreadState ts, PyArray self, PyValue source)
    {
        if (source.Obj is PyArray other)
        {
            if (other.Code != self.Code) throw PyErr.TypeError("can only extend with array of same kind");
            self.Ints.AddRange(other.Ints.ToArray());
            self.Floats.AddRange(other.Floats.ToArray());
            return;
        }
        var items = Ops.ToList(ts, source);
        try { foreach (var v in items) self.Append(v); }
        finally { foreach (var v in items) v.DecRef(); }
    }

    private static int Find(ThreadState ts, PyArray self, PyValue x)
    {
        for (int i = 0; i < self.Count; i++)
        {
            var v = self.Item(i);
            try { if (Ops.EqualsBool(ts, v, x)) return i; }
            finally { v.DecRef(); }
        }
        return -1;
    }

    private static PyValue Repeat(PyArray self, PyValue times)
    {
        if (!times.IsInt && times.Obj is not (PyLong or PyBool))
            throw PyErr.TypeError($"can't multiply sequence by non-int of type '{times.Type.Name}'");
        Numbers.TryLong(times, out long n);
        var r = new PyArray(self.Code);
        for (long k = 0; k < n; k++)
        {
            r.Ints.AddRange(self.Ints);
            r.Floats.AddRange(self.Floats);
        }
        return PyValue.From(r);
    }

    /// <summary>a[slice] = other: an array of the same typecode, replacing a simple slice or matching an extended one.</summary>
    internal static void AssignSlice(ThreadState ts, PyArray self, PySlice slice, PyValue value)
    {
        if (value.Obj is not PyArray other) throw PyErr.TypeError($"can only assign array (not \"{value.Type.Name}\") to array slice");
        if (other.Code != self.Code) throw PyErr.TypeError("bad argument type for built-in operation");
        slice.Indices(ts, self.Count, out long start, out long stop, out long step, out long count);
        var ints = other.Ints.ToArray();
        var floats = other.Floats.ToArray();
        if (step == 1)
        {
            int from = (int)start, length = (int)Math.Max(0, stop - start);
            if (self.IsFloat) { self.Floats.RemoveRange(from, length); self.Floats.InsertRange(from, floats); }
            else { self.Ints.RemoveRange(from, length); self.Ints.InsertRange(from, ints); }
            return;
        }
        if (other.Count != count)
            throw PyErr.ValueError($"attempt to assign array of size {other.Count} to extended slice of size {count}");
        for (long i = 0, j = start; i < count; i++, j += step)
        {
            if (self.IsFloat) self.Floats[(int)j] = floats[i];
            else self.Ints[(int)j] = ints[i];
        }
    }
}
