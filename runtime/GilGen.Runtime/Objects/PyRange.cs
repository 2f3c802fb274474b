using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>range(start, stop, step) over 64-bit ints.</summary>
public sealed class PyRange : PyObject
{
    /// <summary>The bounds.</summary>
    public readonly long Start, Stop, Step;
    /// <summary>The number of items.</summary>
    public readonly long Count;

    /// <summary>A range; <paramref name="step"/> must not be zero.</summary>
    public PyRange(long start, long stop, long step)
    {
        if (step == 0) throw PyErr.ValueError("range() arg 3 must not be zero");
        Start = start; Stop = stop; Step = step;
        if (step > 0) Count = start < stop ? (long)(((ulong)(stop - start) - 1) / (ulong)step + 1) : 0;
        else Count = start > stop ? (long)(((ulong)(start - stop) - 1) / (ulong)(-step) + 1) : 0;
    }
    /// <inheritdoc/>
    public override PyType Type => PyType.Range;
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => Step == 1 ? $"range({Start}, {Stop})" : $"range({Start}, {Stop}, {Step})";
    /// <inheritdoc/>
    public override bool IsTrue(ThreadState ts) => Count != 0;
    /// <inheritdoc/>
    public override long Length(ThreadState ts) => Count;
    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => PyValue.From(new PyRangeIterator(Start, Step, Count));
    /// <inheritdoc/>
    public override bool Contains(ThreadState ts, PyValue item)
    {
        if (!item.IsInt) return base.Contains(ts, item);
        long v = item.IntValue;
        if (Step > 0 ? (v < Start || v >= Stop) : (v > Start || v <= Stop)) return false;
        return (v - Start) % Step == 0;
    }
    /// <inheritdoc/>
    public override bool? EqualsValue(ThreadState? ts, PyValue other)
    {
        if (other.Obj is not PyRange r) return null;
        if (Count != r.Count) return false;
        if (Count == 0) return true;
        if (Start != r.Start) return false;
        return Count == 1 || Step == r.Step;
    }
    /// <inheritdoc/>
    public override PyValue GetItem(ThreadState ts, PyValue key)
    {
        if (key.Obj is PySlice slice)
        {
            slice.Indices(ts, Count, out long start, out long stop, out long step, out _);
            return PyValue.From(new PyRange(Start + start * Step, Start + stop * Step, Step * step));
        }
        long i = SequenceIndex.Normalize(ts, key, Count, "range object");
        return PyValue.Int(Start + i * Step);
    }
}
