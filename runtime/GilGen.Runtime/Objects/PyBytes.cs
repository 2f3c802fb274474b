using System;
using System.Text;

namespace GilGen.Runtime;

/// <summary>An immutable bytes object.</summary>
public class PyBytes : PyObject
{
    /// <summary>An empty bytes object (immortal, as CPython's cached b'').</summary>
    public static readonly PyBytes Empty = MakeEmpty();

    /// <summary>The bytes; never changed after construction.</summary>
    public readonly byte[] Data;

    /// <summary>A new bytes object that owns <paramref name="data"/>, reference count 1.</summary>
    public PyBytes(byte[] data) => Data = data;

    private static PyBytes MakeEmpty()
    {
        var b = new PyBytes(Array.Empty<byte>());
        b.MakeImmortal();
        return b;
    }

    /// <summary>A new reference to a bytes object holding <paramref name="data"/>.</summary>
    public static PyValue From(ReadOnlySpan<byte> data) =>
        data.Length == 0 ? PyValue.From(Empty).NewRef() : PyValue.From(new PyBytes(data.ToArray()));

    /// <inheritdoc/>
    public override PyType Type => PyType.Bytes;
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => Repr(Data);
    /// <inheritdoc/>
    public override bool IsTrue(ThreadState ts) => Data.Length != 0;
    /// <inheritdoc/>
    public override long Length(ThreadState ts) => Data.Length;
    /// <inheritdoc/>
    public override long Hash(ThreadState? ts)
    {
        // FNV-1a: CPython's siphash is randomized per process, so no program can depend on the value.
        ulong h = 14695981039346656037UL;
        foreach (byte b in Data) h = (h ^ b) * 1099511628211UL;
        long r = (long)(h >> 1);
        return r == -1 ? -2 : r;
    }
    /// <inheritdoc/>
    public override bool? EqualsValue(ThreadState? ts, PyValue other) =>
        BytesMethods.TryGetBytes(other, out var o) ? Data.AsSpan().SequenceEqual(o) : null;
    /// <inheritdoc/>
    public override int? CompareTo(ThreadState? ts, PyValue other) =>
        BytesMethods.TryGetBytes(other, out var o) ? Math.Sign(Data.AsSpan().SequenceCompareTo(o)) : null;
    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => PyValue.From(new PySequenceIterator(this, PyType.BytesIterator));
    /// <inheritdoc/>
    public override bool Contains(ThreadState ts, PyValue item) => BytesMethods.Contains(Data, item);
    /// <inheritdoc/>
    public override PyValue GetItem(ThreadState ts, PyValue key)
    {
        if (key.Obj is PySlice slice) return From(BytesMethods.Slice(ts, Data, slice));
        long i = SequenceIndex.AsItemIndex(key, "byte");
        if (i < 0) i += Data.Length;
        if (i < 0 || i >= Data.Length) throw PyErr.IndexError("index out of range");
        return PyValue.Int(Data[i]);
    }

    /// <summary>CPython's repr of bytes: <c>b'...'</c>, double quotes when the data has ' and no ".</summary>
    public static string Repr(ReadOnlySpan<byte> data)
    {
        char q = data.IndexOf((byte)'\'') >= 0 && data.IndexOf((byte)'"') < 0 ? '"' : '\'';
        var sb = new StringBuilder(data.Length + 3);
        sb.Append('b').Append(q);
        foreach (byte b in data)
        {
            switch (b)
            {
                case (byte)'\\': sb.Append("\\\\"); break;
                case (byte)'\n': sb.Append("\\n"); break;
                case (byte)'\r': sb.Append("\\r"); break;
                case (byte)'\t': sb.Append("\\t"); break;
                default:
                    if (b == q) sb.Append('\\').Append((char)b);
                    else if (b < 0x20 || b >= 0x7f) sb.Append("\\x").Append(b.ToString("x2"));
                    else sb.Append((char)b);
                    break;
            }
        }
        return sb.Append(q).ToString();
    }
}
