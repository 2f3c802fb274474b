using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

// The text-like methods of bytes and bytearray, as CPython's bytes_methods.c has them: ASCII-only case and character
// classes (a byte above 127 is neither a letter nor a space), lines ended by \n, \r or \r\n only.
public static partial class BytesMethods
{
    private static void InstallText(PyType t, bool mutable)
    {
        t.AddMethod("partition", (ts, a, kw) => Partition(a, kw, "partition", last: false));
        t.AddMethod("rpartition", (ts, a, kw) => Partition(a, kw, "rpartition", last: true));
        t.AddMethod("removeprefix", (ts, a, kw) =>
        {
            new BuiltinArguments("removeprefix", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            var data = Self(a);
            var prefix = BytesArg(a[1]);
            return Same(a, data.AsSpan().StartsWith(prefix) ? data[prefix.Length..] : data);
        });
        t.AddMethod("removesuffix", (ts, a, kw) =>
        {
            new BuiltinArguments("removesuffix", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            var data = Self(a);
            var suffix = BytesArg(a[1]);
            return Same(a, suffix.Length > 0 && data.AsSpan().EndsWith(suffix) ? data[..^suffix.Length] : data);
        });
        t.AddMethod("center", (ts, a, kw) => Pad(a, kw, "center"));
        t.AddMethod("ljust", (ts, a, kw) => Pad(a, kw, "ljust"));
        t.AddMethod("rjust", (ts, a, kw) => Pad(a, kw, "rjust"));
        t.AddMethod("zfill", (ts, a, kw) =>
        {
            new BuiltinArguments("zfill", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            var data = Self(a);
            long width = SequenceIndex.AsIndex(a[1], $"'{a[1].Type.Name}' object cannot be interpreted as an integer");
            if (width <= data.Length) return Same(a, data);
            var r = new byte[width];
            int fill = (int)width - data.Length;
            Array.Fill(r, (byte)'0', 0, fill);
            data.CopyTo(r, fill);
            // A sign moves to the front, before the zeros.
            if (data.Length > 0 && (data[0] == '+' || data[0] == '-'))
            {
                r[0] = data[0];
                r[fill] = (byte)'0';
            }
            return Same(a, r);
        });
        t.AddMethod("isascii", (ts, a, kw) => PyValue.Bool(Array.TrueForAll(Self(a), b => b < 0x80)));
        t.AddMethod("isalnum", (ts, a, kw) => All(a, b => IsLetter(b) || (b >= '0' && b <= '9')));
        t.AddMethod("islower", (ts, a, kw) => PyValue.Bool(Cased(Self(a), IsLower, IsUpper)));
        t.AddMethod("isupper", (ts, a, kw) => PyValue.Bool(Cased(Self(a), IsUpper, IsLower)));
        t.AddMethod("istitle", (ts, a, kw) => PyValue.Bool(IsTitle(Self(a))));
        t.AddMethod("capitalize", (ts, a, kw) =>
        {
            var data = (byte[])Self(a).Clone();
            for (int i = 0; i < data.Length; i++) data[i] = i == 0 ? Upper(data[i]) : Lower(data[i]);
            return Same(a, data);
        });
        t.AddMethod("swapcase", (ts, a, kw) => Map(a, b => IsUpper(b) ? Lower(b) : Upper(b)));
        t.AddMethod("title", (ts, a, kw) =>
        {
            var data = (byte[])Self(a).Clone();
            bool previousCased = false;
            for (int i = 0; i < data.Length; i++)
            {
                byte b = data[i];
                data[i] = previousCased ? Lower(b) : Upper(b);
                previousCased = IsLetter(b);
            }
            return Same(a, data);
        });
        t.AddMethod("expandtabs", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("expandtabs", a.Slice(1), kw).OnlyKeywords("tabsize").Expect(0, 1);
            long size = args.GetLong(0, "tabsize", 8);
            var r = new List<byte>();
            int column = 0;
            foreach (byte b in Self(a))
            {
                if (b == '\t')
                {
                    if (size > 0)
                    {
                        int spaces = (int)(size - column % size);
                        for (int k = 0; k < spaces; k++) r.Add((byte)' ');
                        column += spaces;
                    }
                    continue;
                }
                r.Add(b);
                column = b is (byte)'\n' or (byte)'\r' ? 0 : column + 1;
            }
            return Same(a, r.ToArray());
        });
        t.AddMethod("splitlines", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("splitlines", a.Slice(1), kw).OnlyKeywords("keepends").Expect(0, 1);
            bool keep = args.Get(0, "keepends") is PyValue k && Ops.IsTrue(ts, k);
            var data = Self(a);
            var lines = new PyValueList();
            int start = 0;
            for (int i = 0; i < data.Length; i++)
            {
                if (data[i] != '\n' && data[i] != '\r') continue;
                int end = i;
                if (data[i] == '\r' && i + 1 < data.Length && data[i + 1] == '\n') i++;
                lines.Add(Same(a, data[start..(keep ? i + 1 : end)]));
                start = i + 1;
            }
            if (start < data.Length) lines.Add(Same(a, data[start..]));
            return PyValue.From(new PyList(lines));
        });
        t.AddMethod("rsplit", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("rsplit", a.Slice(1), kw).OnlyKeywords("sep", "maxsplit").Expect(0, 2);
            var data = Self(a);
            long maxSplit = args.GetLong(1, "maxsplit", -1);
            var parts = new List<PyValue>();
            if (args.Get(0, "sep") is not PyValue sv || sv.IsNone)
            {
                int j = data.Length;
                while (true)
                {
                    while (j > 0 && IsSpace(data[j - 1])) j--;
                    if (j == 0) break;
                    if (maxSplit >= 0 && parts.Count == maxSplit)
                    {
                        // The rest keeps its leading whitespace, as str.rsplit's does.
                        parts.Add(Same(a, data[..j]));
                        break;
                    }
                    int i = j;
                    while (i > 0 && !IsSpace(data[i - 1])) i--;
                    parts.Add(Same(a, data[i..j]));
                    j = i;
                }
            }
            else
            {
                var sep = BytesArg(sv);
                if (sep.Length == 0) throw PyErr.ValueError("empty separator");
                int end = data.Length;
                while (maxSplit < 0 || parts.Count < maxSplit)
                {
                    int k = data.AsSpan(0, end).LastIndexOf(sep);
                    if (k < 0) break;
                    parts.Add(Same(a, data[(k + sep.Length)..end]));
                    end = k;
                }
                parts.Add(Same(a, data[..end]));
            }
            parts.Reverse();
            return PyValue.From(new PyList(new PyValueList(parts)));
        });
        t.AddMethod("translate", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("translate", a.Slice(1), kw).OnlyKeywords("delete").Expect(1, 2);
            byte[]? table = a[1].IsNone ? null : BytesArg(a[1]);
            if (table != null && table.Length != 256) throw PyErr.ValueError("translation table must be 256 characters long");
            var delete = args.Get(1, "delete") is PyValue d ? BytesArg(d) : Array.Empty<byte>();
            var r = new List<byte>();
            foreach (byte b in Self(a))
                if (Array.IndexOf(delete, b) < 0) r.Add(table == null ? b : table[b]);
            return Same(a, r.ToArray());
        });
        t.Dict["maketrans"] = PyValue.From(new PyStaticMethod(PyValue.From(new PyBuiltinFunction("maketrans", (ts, a, kw) =>
        {
            new BuiltinArguments("maketrans", a, kw).NoKeywords().Expect(2, 2);
            var from = BytesArg(a[0]);
            var to = BytesArg(a[1]);
            if (from.Length != to.Length) throw PyErr.ValueError("maketrans arguments must have same length");
            var table = new byte[256];
            for (int i = 0; i < 256; i++) table[i] = (byte)i;
            for (int i = 0; i < from.Length; i++) table[from[i]] = to[i];
            return PyBytes.From(table);
        }))));
        if (!mutable) return;
        t.AddMethod("remove", (ts, a, kw) =>
        {
            new BuiltinArguments("remove", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            var data = ((PyByteArray)a[0].Obj!).Data;
            int i = data.IndexOf(ByteValue(ts, a[1]));
            if (i < 0) throw PyErr.ValueError("value not found in bytearray");
            data.RemoveAt(i);
            return PyValue.None;
        });
    }

    private static PyValue Partition(ReadOnlySpan<PyValue> a, string[]? kw, string name, bool last)
    {
        new BuiltinArguments(name, a.Slice(1), kw).NoKeywords().Expect(1, 1);
        var data = Self(a);
        var sep = BytesArg(a[1]);
        if (sep.Length == 0) throw PyErr.ValueError("empty separator");
        int k = last ? data.AsSpan().LastIndexOf(sep) : data.AsSpan().IndexOf(sep);
        PyValue[] items = k < 0
            ? last ? new[] { Same(a, Array.Empty<byte>()), Same(a, Array.Empty<byte>()), Same(a, data) }
                   : new[] { Same(a, data), Same(a, Array.Empty<byte>()), Same(a, Array.Empty<byte>()) }
            : new[] { Same(a, data[..k]), Same(a, sep), Same(a, data[(k + sep.Length)..]) };
        return PyValue.From(new PyTuple(items));
    }

    // center, ljust, rjust: the fill byte a bytes or bytearray of length 1; center puts the odd byte as str.center does.
    private static PyValue Pad(ReadOnlySpan<PyValue> a, string[]? kw, string name)
    {
        new BuiltinArguments(name, a.Slice(1), kw).NoKeywords().Expect(1, 2);
        var data = Self(a);
        long width = SequenceIndex.AsIndex(a[1], $"'{a[1].Type.Name}' object cannot be interpreted as an integer");
        byte fill = (byte)' ';
        if (a.Length > 2)
        {
            if (!TryGetBytes(a[2], out var f) || f.Length != 1)
                throw PyErr.TypeError($"{name}() argument 2 must be a byte string of length 1, not {a[2].Type.Name}");
            fill = f[0];
        }
        if (width <= data.Length) return Same(a, data);
        int margin = (int)width - data.Length;
        int left = name switch
        {
            "ljust" => 0,
            "rjust" => margin,
            _ => margin / 2 + (margin & (int)width & 1),
        };
        var r = new byte[width];
        Array.Fill(r, fill);
        data.CopyTo(r, left);
        return Same(a, r);
    }

    private static bool IsLetter(byte b) => (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
    private static bool IsLower(byte b) => b >= 'a' && b <= 'z';
    private static bool IsUpper(byte b) => b >= 'A' && b <= 'Z';
    private static byte Lower(byte b) => IsUpper(b) ? (byte)(b + 32) : b;
    private static byte Upper(byte b) => IsLower(b) ? (byte)(b - 32) : b;

    // islower/isupper: at least one byte of the case and none of the other.
    private static bool Cased(byte[] data, Func<byte, bool> wanted, Func<byte, bool> other)
    {
        bool any = false;
        foreach (byte b in data)
        {
            if (other(b)) return false;
            any |= wanted(b);
        }
        return any;
    }

    // istitle: every run of letters starts upper-case and goes on lower-case, and there is at least one letter.
    private static bool IsTitle(byte[] data)
    {
        bool cased = false, previousCased = false;
        foreach (byte b in data)
        {
            if (IsUpper(b))
            {
                if (previousCased) return false;
                previousCased = cased = true;
            }
            else if (IsLower(b))
            {
                if (!previousCased) return false;
                previousCased = cased = true;
            }
            else previousCased = false;
        }
        return cased;
    }
}
