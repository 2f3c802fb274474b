using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>A mutable bytearray.</summary>
public sealed class PyByteArray : PyObject
{
    /// <summary>The bytes (mutable).</summary>
    public readonly List<byte> Data;

    /// <summary>A new bytearray that owns <paramref name="data"/>, reference count 1.</summary>
    public PyByteArray(List<byte> data) => Data = data;

    /// <summary>A snapshot of the current bytes.</summary>
    public byte[] ToArray()
    {
        using var section = FreeThreading.Lock(this);
        return Data.ToArray();
    }

    /// <inheritdoc/>
    public override PyType Type => PyType.ByteArray;
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => "bytearray(" + PyBytes.Repr(ToArray()) + ")";
    /// <inheritdoc/>
    public override bool IsTrue(ThreadState ts) => Data.Count != 0;
    /// <inheritdoc/>
    public override long Length(ThreadState ts) => Data.Count;
    /// <inheritdoc/>
    public override long Hash(ThreadState? ts) => throw PyErr.TypeError("unhashable type: 'bytearray'");
    /// <inheritdoc/>
    public override bool? EqualsValue(ThreadState? ts, PyValue other) =>
        BytesMethods.TryGetBytes(other, out var o) ? ToArray().AsSpan().SequenceEqual(o) : null;
    /// <inheritdoc/>
    public override int? CompareTo(ThreadState? ts, PyValue other) =>
        BytesMethods.TryGetBytes(other, out var o) ? Math.Sign(ToArray().AsSpan().SequenceCompareTo(o)) : null;
    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => PyValue.From(new PySequenceIterator(this, PyType.ByteArrayIterator));
    /// <inheritdoc/>
    public override bool Contains(ThreadState ts, PyValue item) => BytesMethods.Contains(ToArray(), item);
    /// <inheritdoc/>
    public override PyValue GetItem(ThreadState ts, PyValue key)
    {
        if (key.Obj is PySlice slice) return PyValue.From(new PyByteArray(new List<byte>(BytesMethods.Slice(ts, ToArray(), slice))));
        using var section = FreeThreading.Lock(this);
        long i = SequenceIndex.Normalize(ts, key, Data.Count, "bytearray index");
        return PyValue.Int(Data[(int)i]);
    }

    /// <inheritdoc/>
    public override void SetItem(ThreadState ts, PyValue key, PyValue value)
    {
        // The new bytes are converted before the lock is taken: converting may run Python code (__index__, __bytes__).
        if (key.Obj is PySlice slice)
        {
            var replacement = BytesMethods.BytesFromObject(ts, value, "bytearray", forSliceAssignment: true);
            using var sliceSection = FreeThreading.Lock(this);
            slice.Indices(ts, Data.Count, out long start, out long stop, out long step, out long count);
            if (step == 1)
            {
                Data.RemoveRange((int)start, (int)Math.Max(0, count));
                Data.InsertRange((int)start, replacement);
                return;
            }
            if (replacement.Length != count)
                throw PyErr.ValueError($"attempt to assign bytes of size {replacement.Length} to extended slice of size {count}");
            for (long i = 0, j = start; i < count; i++, j += step) Data[(int)j] = replacement[i];
            return;
        }
        byte b = BytesMethods.ByteValue(ts, value);
        using var section = FreeThreading.Lock(this);
        long index = SequenceIndex.Normalize(ts, key, Data.Count, "bytearray index");
        Data[(int)index] = b;
    }

    /// <inheritdoc/>
    public override void DelItem(ThreadState ts, PyValue key)
    {
        using var section = FreeThreading.Lock(this);
        if (key.Obj is PySlice slice)
        {
            slice.Indices(ts, Data.Count, out long start, out _, out long step, out long count);
            if (count <= 0) return;
            if (step < 0) { start += step * (count - 1); step = -step; }
            for (long i = count - 1; i >= 0; i--) Data.RemoveAt((int)(start + i * step));
            return;
        }
        long index = SequenceIndex.Normalize(ts, key, Data.Count, "bytearray index");
        Data.RemoveAt((int)index);
    }
}
