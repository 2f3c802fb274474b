using System;
using System.Numerics;

namespace GilGen.Runtime;

/// <summary>
/// <c>__sizeof__</c>: the size in bytes CPython 3.12 (64-bit) gives an object, from its layout there (GilGen's own
/// objects are laid out differently, and a program reads this number to reason about CPython's memory). Containers
/// count their tables as CPython's growth rules size them; a list counts no spare capacity (CPython's depends on how
/// the list grew) and a str no cached UTF-8 copy.
/// </summary>
internal static class CPythonSize
{
    private const int Pointer = 8;
    private const int ObjectHeader = 16;

    /// <summary>The size of <paramref name="v"/>, or NotImplementedError for a layout GilGen does not know CPython's size of.</summary>
    public static long Of(ThreadState ts, PyValue v)
    {
        if (v.Obj is null) return IntSize(v.IntValue);
        switch (v.Obj)
        {
            case PyBool: return IntSize(1);
            case PyLong l: return IntSize(l.Value);
            case PyFloat: return 24;
            case PyComplex: return 32;
            case PyStr s: return StrSize(s.Value);
            case PyBytes b: return 33 + b.Data.Length;
            case PyByteArray ba: return 56 + (ba.Data.Count == 0 ? 0 : ba.Data.Count + 1);
            case PyTuple t: return 24 + Pointer * t.Items.Length;
            case PyList l: return 40 + Pointer * l.Items.Count;
            case PyDict d: return DictSize(d);
            case PySet set: return 200 + (set.Table.Capacity > 8 ? 16L * set.Table.Capacity : 0);
            case PyRange: return 48;
            case PySlice: return 40;
            case PyNone or PyNotImplemented or PyEllipsis: return ObjectHeader;
            case PyInstance i when i.GetType() == typeof(PyInstance):
                // object's header, then one pointer a slot (3.12 keeps __dict__ and __weakref__ before the header).
                return ObjectHeader + Pointer * (i.Type.SlotNames?.Count ?? 0);
        }
        throw PyErr.NotImplementedError($"GilGen does not support __sizeof__ of '{v.Type.Name}' objects yet");
    }

    // 30-bit digits after a 24-byte header; zero takes one digit.
    private static long IntSize(BigInteger n)
    {
        long bits = n.IsZero ? 1 : (long)BigInteger.Abs(n).GetBitLength();
        return 24 + 4 * Math.Max(1, (bits + 29) / 30);
    }

    // A compact str: 40 bytes of header for ASCII, 56 otherwise, then the characters at 1, 2 or 4 bytes each and a terminator.
    private static long StrSize(string s)
    {
        int maxChar = 0, length = 0;
        for (int i = 0; i < s.Length; i++)
        {
            int c = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? char.ConvertToUtf32(s[i], s[++i]) : s[i];
            maxChar = Math.Max(maxChar, c);
            length++;
        }
        if (maxChar < 128) return 40 + length + 1;
        int kind = maxChar < 256 ? 1 : maxChar < 65536 ? 2 : 4;
        return 56 + (long)(length + 1) * kind;
    }

    // The dict object, then its keys table: a header, the index slots (1 to 8 bytes each) and two thirds as many
    // entries (16 bytes when every key is a str, 24 otherwise). An empty dict shares an empty table it does not count.
    private static long DictSize(PyDict d)
    {
        int size = d.Table.IndexSize;
        if (size == 0) return 48;
        int indexBytes = size <= 128 ? 1 : size <= 0x8000 ? 2 : size <= 0x7fffffff ? 4 : 8;
        bool strKeys = true;
        foreach (var (k, _) in d.Table.Entries())
            if (k.Obj is not PyStr) { strKeys = false; break; }
        return 48 + 32 + (long)size * indexBytes + (size * 2 / 3) * (strKeys ? 16 : 24);
    }
}
