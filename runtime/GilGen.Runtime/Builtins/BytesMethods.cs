using System;
using System.Collections.Generic;
using System.Text;

namespace GilGen.Runtime;

/// <summary>The constructors and methods of bytes and bytearray, and the byte-sequence helpers both use.</summary>
public static partial class BytesMethods
{
    /// <summary>The bytes of a bytes or bytearray (a snapshot for bytearray); false for anything else.</summary>
    public static bool TryGetBytes(PyValue v, out byte[] data)
    {
        switch (v.Obj)
        {
            case PyBytes b: data = b.Data; return true;
            case PyByteArray a: data = a.ToArray(); return true;
            default: data = Array.Empty<byte>(); return false;
        }
    }

    private static byte[] Self(ReadOnlySpan<PyValue> a) => a[0].Obj is PyBytes b ? b.Data : ((PyByteArray)a[0].Obj!).ToArray();

    private static bool IsByteArray(ReadOnlySpan<PyValue> a) => a[0].Obj is PyByteArray;

    /// <summary>A new object of the receiver's type (bytes or bytearray) holding <paramref name="data"/>.</summary>
    private static PyValue Same(ReadOnlySpan<PyValue> a, byte[] data) =>
        IsByteArray(a) ? PyValue.From(new PyByteArray(new List<byte>(data))) : PyBytes.From(data);

    /// <summary>A bytes-like argument, else CPython's "a bytes-like object is required" TypeError.</summary>
    private static byte[] BytesArg(PyValue v)
    {
        if (TryGetBytes(v, out var data)) return data;
        throw PyErr.TypeError($"a bytes-like object is required, not '{v.Type.Name}'");
    }

    /// <summary>An int 0..255 for a byte, with CPython's errors.</summary>
    public static byte ByteValue(ThreadState ts, PyValue v)
    {
        long n = SequenceIndex.AsSliceIndex(v, $"'{v.Type.Name}' object cannot be interpreted as an integer");
        if (n < 0 || n > 255) throw PyErr.ValueError("byte must be in range(0, 256)");
        return (byte)n;
    }

    // An int of any size counts as a byte value: one too big for a long is out of range like 256
    // (CPython's _getbytevalue), so it clamps instead of raising OverflowError.
    private static bool IsInteger(PyValue v) => v.IsInt || v.Obj is PyBool or PyLong;

    /// <summary>The items of a slice of <paramref name="data"/>.</summary>
    public static byte[] Slice(ThreadState ts, byte[] data, PySlice slice)
    {
        slice.Indices(ts, data.Length, out long start, out _, out long step, out long count);
        if (count <= 0) return Array.Empty<byte>();
        var r = new byte[count];
        for (long i = 0, j = start; i < count; i++, j += step) r[i] = data[j];
        return r;
    }

    /// <summary><c>x in data</c>: an int byte or a bytes-like subsequence.</summary>
    public static bool Contains(byte[] data, PyValue item)
    {
        if (TryGetBytes(item, out var sub)) return data.AsSpan().IndexOf(sub) >= 0;
        if (IsInteger(item))
        {
            long n = SequenceIndex.AsSliceIndex(item, "");
            if (n < 0 || n > 255) throw PyErr.ValueError("byte must be in range(0, 256)");
            return Array.IndexOf(data, (byte)n) >= 0;
        }
        throw PyErr.TypeError($"a bytes-like object is required, not '{item.Type.Name}'");
    }

    /// <summary>
    /// The bytes an object stands for in bytes(x), bytearray(x), extend(x) and slice assignment: a
    /// bytes-like object, or an iterable of ints 0..255 (an int count only for the constructors).
    /// </summary>
    public static byte[] BytesFromObject(ThreadState ts, PyValue v, string name, bool forSliceAssignment = false)
    {
        if (TryGetBytes(v, out var data)) return (byte[])data.Clone();
        if (v.Obj is PyStr)
            throw PyErr.TypeError(forSliceAssignment ? "can assign only bytes, buffers, or iterables of ints in range(0, 256)" : "string argument without an encoding");
        if (v.IsInt || v.Obj is PyBool)
        {
            if (forSliceAssignment) throw PyErr.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            long n = SequenceIndex.AsIndex(v, "");
            if (n < 0) throw PyErr.ValueError("negative count");
            return new byte[n];
        }
        var items = Ops.ToList(ts, v);
        try
        {
            var r = new byte[items.Count];
            for (int i = 0; i < r.Length; i++)
            {
                var x = items[i];
                if (!IsInteger(x)) throw PyErr.TypeError($"'{x.Type.Name}' object cannot be interpreted as an integer");
                long n = SequenceIndex.AsSliceIndex(x, "");
                if (n < 0 || n > 255) throw PyErr.ValueError(name == "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
                r[i] = (byte)n;
            }
            return r;
        }
        finally { foreach (var x in items) x.DecRef(); }
    }

    private static byte[] FromConstructorArguments(ThreadState ts, string name, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var a = new BuiltinArguments(name, args, kw).OnlyKeywords("source", "encoding", "errors").Expect(0, 3);
        var source = a.Get(0, "source");
        string? encoding = a.GetString(1, "encoding");
        string? errors = a.GetString(2, "errors");
        if (source is not PyValue src)
        {
            if (encoding != null || errors != null) throw PyErr.TypeError(encoding != null ? "encoding without a string argument" : "errors without a string argument");
            return Array.Empty<byte>();
        }
        if (src.Obj is PyStr s)
        {
            if (encoding == null) throw PyErr.TypeError("string argument without an encoding");
            return TextCodec.Encode(s.Value, encoding, errors ?? "strict");
        }
        if (encoding != null) throw PyErr.TypeError("encoding without a string argument");
        if (errors != null) throw PyErr.TypeError("errors without a string argument");
        return BytesFromObject(ts, src, name);
    }

    /// <summary>bytes(): bytes(), bytes(n), bytes(iterable of ints), bytes(bytes-like), bytes(str, encoding[, errors]).</summary>
    public static PyValue ConstructBytes(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        if (args.Length == 1 && kw == null && args[0].Obj is PyBytes pb) return pb.GetType() == typeof(PyBytes) ? args[0].NewRef() : PyValue.From(new PyBytes(pb.Data));
        return PyBytes.From(FromConstructorArguments(ts, "bytes", args, kw));
    }

    /// <summary>bytearray(), with the same arguments as bytes().</summary>
    public static PyValue ConstructByteArray(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw) =>
        PyValue.From(new PyByteArray(new List<byte>(FromConstructorArguments(ts, "bytearray", args, kw))));

    /// <summary>Installs the shared methods on bytes or bytearray, and the mutating ones on bytearray.</summary>
    // bytes.hex(sep): one ASCII character, given as str or bytes.
    private static char SeparatorChar(PyValue sep)
    {
        string text = sep.Obj switch
        {
            PyStr s => s.Value,
            PyBytes b => System.Text.Encoding.Latin1.GetString(b.Data),
            _ => throw PyErr.TypeError($"object of type '{sep.Type.Name}' has no len()"),
        };
        if (text.Length != 1) throw PyErr.ValueError("sep must be length 1.");
        if (text[0] > '\x7f') throw PyErr.ValueError("sep must be ASCII.");
        return text[0];
    }

    // Groups of |perGroup| bytes, counted from the right when perGroup is positive and from the left when negative.
    private static string HexWithSeparator(string digits, char sep, long perGroup)
    {
        int count = digits.Length / 2;
        if (perGroup == 0 || count == 0) return digits;
        long size = Math.Abs(perGroup);
        var sb = new System.Text.StringBuilder(digits.Length * 2);
        for (int i = 0; i < count; i++)
        {
            long position = perGroup > 0 ? count - i : i;
            if (i > 0 && position % size == 0) sb.Append(sep);
            sb.Append(digits, 2 * i, 2);
        }
        return sb.ToString();
    }

    public static void Install(PyType t, bool mutable)
    {
        BytesFromHex.Install(t, mutable);
        t.AddMethod("decode", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("decode", a.Slice(1), kw).OnlyKeywords("encoding", "errors").Expect(0, 2);
            return PyValue.Str(TextCodec.Decode(Self(a), args.GetString(0, "encoding") ?? "utf-8", args.GetString(1, "errors") ?? "strict"));
        });
        t.AddMethod("hex", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("hex", a.Slice(1), kw).OnlyKeywords("sep", "bytes_per_sep").Expect(0, 2);
            string digits = Convert.ToHexString(Self(a)).ToLowerInvariant();
            if (args.Get(0, "sep") is not PyValue sepArg) return PyValue.Str(digits);
            return PyValue.Str(HexWithSeparator(digits, SeparatorChar(sepArg), args.GetLong(1, "bytes_per_sep", 1)));
        });
        t.AddMethod("count", (ts, a, kw) =>
        {
            new BuiltinArguments("count", a.Slice(1), kw).NoKeywords().Expect(1, 3);
            var data = Self(a);
            var (start, end) = Window(a, data.Length);
            var sub = SubArg(a[1]);
            if (start > end) return PyValue.Int(0);
            if (sub.Length == 0) return PyValue.Int(end - start + 1);
            var window = data.AsSpan(start, end - start);
            int n = 0;
            for (int i = window.IndexOf(sub); i >= 0;)
            {
                n++;
                int next = window.Slice(i + sub.Length).IndexOf(sub);
                i = next < 0 ? -1 : i + sub.Length + next;
            }
            return PyValue.Int(n);
        });
        t.AddMethod("find", SearchMethod("find", last: false, raises: false));
        t.AddMethod("index", SearchMethod("index", last: false, raises: true));
        t.AddMethod("rfind", SearchMethod("rfind", last: true, raises: false));
        t.AddMethod("rindex", SearchMethod("rindex", last: true, raises: true));
        t.AddMethod("startswith", (ts, a, kw) =>
        {
            new BuiltinArguments("startswith", a.Slice(1), kw).NoKeywords().Expect(1, 3);
            return AnyAffix(a, "startswith", atStart: true);
        });
        t.AddMethod("endswith", (ts, a, kw) =>
        {
            new BuiltinArguments("endswith", a.Slice(1), kw).NoKeywords().Expect(1, 3);
            return AnyAffix(a, "endswith", atStart: false);
        });
        t.AddMethod("join", (ts, a, kw) =>
        {
            new BuiltinArguments("join", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            var sep = Self(a);
            var items = Ops.ToList(ts, a[1]);
            try
            {
                var r = new List<byte>();
                for (int i = 0; i < items.Count; i++)
                {
                    if (!TryGetBytes(items[i], out var part))
                        throw PyErr.TypeError($"sequence item {i}: expected a bytes-like object, {items[i].Type.Name} found");
                    if (i > 0) r.AddRange(sep);
                    r.AddRange(part);
                }
                return Same(a, r.ToArray());
            }
            finally { foreach (var x in items) x.DecRef(); }
        });
        t.AddMethod("split", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("split", a.Slice(1), kw).OnlyKeywords("sep", "maxsplit").Expect(0, 2);
            var data = Self(a);
            var sepArg = args.Get(0, "sep");
            long maxSplit = args.GetLong(1, "maxsplit", -1);
            var parts = new PyValueList();
            if (sepArg is not PyValue sv || sv.IsNone)
            {
                int i = 0;
                while (true)
                {
                    while (i < data.Length && IsSpace(data[i])) i++;
                    if (i >= data.Length) break;
                    if (maxSplit >= 0 && parts.Count == maxSplit)
                    {
                        int end = data.Length;
                        while (end > i && IsSpace(data[end - 1])) end--;
                        parts.Add(Same(a, data[i..end]));
                        break;
                    }
                    int j = i;
                    while (j < data.Length && !IsSpace(data[j])) j++;
                    parts.Add(Same(a, data[i..j]));
                    i = j;
                }
            }
            else
            {
                var sep = BytesArg(sv);
                if (sep.Length == 0) throw PyErr.ValueError("empty separator");
                int start = 0;
                while (maxSplit < 0 || parts.Count < maxSplit)
                {
                    int k = data.AsSpan(start).IndexOf(sep);
                    if (k < 0) break;
                    parts.Add(Same(a, data[start..(start + k)]));
                    start += k + sep.Length;
                }
                parts.Add(Same(a, data[start..]));
            }
            return PyValue.From(new PyList(parts));
        });
        t.AddMethod("strip", (ts, a, kw) => Strip(a, kw, "strip", left: true, right: true));
        t.AddMethod("lstrip", (ts, a, kw) => Strip(a, kw, "lstrip", left: true, right: false));
        t.AddMethod("rstrip", (ts, a, kw) => Strip(a, kw, "rstrip", left: false, right: true));
        t.AddMethod("upper", (ts, a, kw) => Map(a, b => b >= 'a' && b <= 'z' ? (byte)(b - 32) : b));
        t.AddMethod("lower", (ts, a, kw) => Map(a, b => b >= 'A' && b <= 'Z' ? (byte)(b + 32) : b));
        t.AddMethod("replace", (ts, a, kw) =>
        {
            new BuiltinArguments("replace", a.Slice(1), kw).NoKeywords().Expect(2, 3);
            var data = Self(a);
            var old = BytesArg(a[1]);
            var repl = BytesArg(a[2]);
            long max = a.Length > 3 ? SequenceIndex.AsIndex(a[3], $"'{a[3].Type.Name}' object cannot be interpreted as an integer") : -1;
            var r = new List<byte>();
            int i = 0, done = 0;
            while (i <= data.Length)
            {
                int k = old.Length == 0 ? 0 : data.AsSpan(i).IndexOf(old);
                if (k < 0 || (max >= 0 && done >= max)) break;
                r.AddRange(data.AsSpan(i, k).ToArray());
                r.AddRange(repl);
                done++;
                if (old.Length == 0)
                {
                    if (i < data.Length) r.Add(data[i]);
                    i++;
                }
                else i += k + old.Length;
            }
            if (i < data.Length) r.AddRange(data[i..]);
            return Same(a, r.ToArray());
        });
        t.AddMethod("isdigit", (ts, a, kw) => All(a, b => b >= '0' && b <= '9'));
        t.AddMethod("isalpha", (ts, a, kw) => All(a, b => (b | 0x20) >= 'a' && (b | 0x20) <= 'z'));
        t.AddMethod("isspace", (ts, a, kw) => All(a, IsSpace));
        InstallText(t, mutable);
        if (!mutable) return;
        t.AddMethod("append", (ts, a, kw) =>
        {
            new BuiltinArguments("append", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            ((PyByteArray)a[0].Obj!).Data.Add(ByteValue(ts, a[1]));
            return PyValue.None;
        });
        t.AddMethod("extend", (ts, a, kw) =>
        {
            new BuiltinArguments("extend", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            if (a[1].Obj is PyStr) throw PyErr.TypeError("expected iterable of integers; got: 'str'");
            if (a[1].IsInt) throw PyErr.TypeError("can't extend bytearray with int");
            ((PyByteArray)a[0].Obj!).Data.AddRange(BytesFromObject(ts, a[1], "bytearray"));
            return PyValue.None;
        });
        t.AddMethod("pop", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("pop", a.Slice(1), kw).NoKeywords().Expect(0, 1);
            var data = ((PyByteArray)a[0].Obj!).Data;
            if (data.Count == 0) throw PyErr.IndexError("pop from empty bytearray");
            long i = args.GetLong(0, null, -1);
            if (i < 0) i += data.Count;
            if (i < 0 || i >= data.Count) throw PyErr.IndexError("pop index out of range");
            byte b = data[(int)i];
            data.RemoveAt((int)i);
            return PyValue.Int(b);
        });
        t.AddMethod("insert", (ts, a, kw) =>
        {
            new BuiltinArguments("insert", a.Slice(1), kw).NoKeywords().Expect(2, 2);
            var data = ((PyByteArray)a[0].Obj!).Data;
            long i = SequenceIndex.AsIndex(a[1], $"'{a[1].Type.Name}' object cannot be interpreted as an integer");
            if (i < 0) i = Math.Max(0, i + data.Count);
            data.Insert((int)Math.Min(i, data.Count), ByteValue(ts, a[2]));
            return PyValue.None;
        });
        t.AddMethod("clear", (ts, a, kw) => { ((PyByteArray)a[0].Obj!).Data.Clear(); return PyValue.None; });
        t.AddMethod("reverse", (ts, a, kw) => { ((PyByteArray)a[0].Obj!).Data.Reverse(); return PyValue.None; });
        t.AddMethod("copy", (ts, a, kw) => PyValue.From(new PyByteArray(new List<byte>(((PyByteArray)a[0].Obj!).Data))));
    }

    private static byte[] SubArg(PyValue v)
    {
        if (TryGetBytes(v, out var data)) return data;
        if (IsInteger(v)) return new[] { (byte)(SequenceIndex.AsSliceIndex(v, "") is var n and >= 0 and <= 255 ? n : throw PyErr.ValueError("byte must be in range(0, 256)")) };
        throw PyErr.TypeError($"argument should be integer or bytes-like object, not '{v.Type.Name}'");
    }

    private static PyValue AnyAffix(ReadOnlySpan<PyValue> a, string name, bool atStart)
    {
        var data = Self(a);
        var (start, end) = Window(a, data.Length);
        if (a[1].Obj is PyTuple t)
        {
            foreach (var item in t.Items) if (TailMatch(data, AffixArg(item, name), start, end, atStart)) return PyValue.True;
            return PyValue.False;
        }
        return PyValue.Bool(TailMatch(data, AffixArg(a[1], name), start, end, atStart));
    }

    // _Py_bytes_tailmatch: the affix at the start (or end) of the window data[start:end].
    private static bool TailMatch(byte[] data, byte[] affix, int start, int end, bool atStart)
    {
        int len = data.Length, slen = affix.Length;
        if (atStart)
        {
            if (start > len - slen) return false;
        }
        else
        {
            if (end - start < slen || start > len) return false;
            if (end - slen > start) start = end - slen;
        }
        return end - start >= slen && data.AsSpan(start, slen).SequenceEqual(affix);
    }

    /// <summary>
    /// The window data[start:end] of a method's optional start and end arguments (a[2], a[3]; None for an end), clamped
    /// as slice indices are; start may be beyond the data, which each method answers as CPython's does.
    /// </summary>
    private static (int Start, int End) Window(ReadOnlySpan<PyValue> a, int length)
    {
        const string message = "slice indices must be integers or None or have an __index__ method";
        long start = a.Length > 2 && !a[2].IsNone ? SequenceIndex.AsSliceIndex(a[2], message) : 0;
        long end = a.Length > 3 && !a[3].IsNone ? SequenceIndex.AsSliceIndex(a[3], message) : length;
        if (end > length) end = length;
        else if (end < 0) end = Math.Max(0, end + length);
        if (start < 0) start = Math.Max(0, start + length);
        return ((int)Math.Min(start, (long)length + 1), (int)end);
    }

    // find, rfind, index, rindex: the position of the first (last) match, else -1 or (index, rindex) ValueError.
    private static BuiltinBody SearchMethod(string name, bool last, bool raises) => (ts, a, kw) =>
    {
        new BuiltinArguments(name, a.Slice(1), kw).NoKeywords().Expect(1, 3);
        int i = Search(a, last);
        return i >= 0 || !raises ? PyValue.Int(i) : throw PyErr.ValueError("subsection not found");
    };

    // The absolute position of the first (last) match inside the window, else -1.
    private static int Search(ReadOnlySpan<PyValue> a, bool last)
    {
        var data = Self(a);
        var (start, end) = Window(a, data.Length);
        var sub = SubArg(a[1]);
        if (start > end) return -1;
        var window = data.AsSpan(start, end - start);
        if (sub.Length == 0) return last ? end : start;
        int i = last ? window.LastIndexOf(sub) : window.IndexOf(sub);
        return i < 0 ? -1 : start + i;
    }

    private static byte[] AffixArg(PyValue v, string name)
    {
        if (TryGetBytes(v, out var data)) return data;
        throw PyErr.TypeError($"{name} first arg must be bytes or a tuple of bytes, not {v.Type.Name}");
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0b or 0x0c;

    private static PyValue Strip(ReadOnlySpan<PyValue> a, string[]? kw, string name, bool left, bool right)
    {
        var args = new BuiltinArguments(name, a.Slice(1), kw).NoKeywords().Expect(0, 1);
        var data = Self(a);
        byte[]? chars = args.Get(0, null) is PyValue c && !c.IsNone ? BytesArg(c) : null;
        bool Strippable(byte b) => chars == null ? IsSpace(b) : Array.IndexOf(chars, b) >= 0;
        int i = 0, j = data.Length;
        if (left) while (i < j && Strippable(data[i])) i++;
        if (right) while (j > i && Strippable(data[j - 1])) j--;
        return Same(a, data[i..j]);
    }

    private static PyValue Map(ReadOnlySpan<PyValue> a, Func<byte, byte> f)
    {
        var data = (byte[])Self(a).Clone();
        for (int i = 0; i < data.Length; i++) data[i] = f(data[i]);
        return Same(a, data);
    }

    private static PyValue All(ReadOnlySpan<PyValue> a, Func<byte, bool> f)
    {
        var data = Self(a);
        if (data.Length == 0) return PyValue.False;
        foreach (byte b in data) if (!f(b)) return PyValue.False;
        return PyValue.True;
    }
}
