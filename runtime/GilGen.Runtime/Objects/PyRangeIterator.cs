using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>The iterator of a range: the fast path of FOR_ITER (no allocation per item).</summary>
public sealed class PyRangeIterator : PyObject
{
    private long _next;
    private readonly long _step;
    private long _remaining;

    /// <summary>Yields <paramref name="count"/> ints from <paramref name="start"/> by <paramref name="step"/>.</summary>
    public PyRangeIterator(long start, long step, long count) { _next = start; _step = step; _remaining = count; }
    /// <inheritdoc/>
    public override PyType Type => PyType.RangeIterator;
    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => PyValue.From(this).NewRef();

    /// <summary>The next int, or false when exhausted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryNext(out long value)
    {
        if (_remaining <= 0) { value = 0; return false; }
        value = _next;
        _next += _step;
        _remaining--;
        return true;
    }
    /// <inheritdoc/>
    public override bool Next(ThreadState ts, out PyValue next)
    {
        if (TryNext(out long v)) { next = PyValue.Int(v); return true; }
        next = default;
        return false;
    }
    /// <inheritdoc/>
    public override long Length(ThreadState ts) => _remaining;
}
