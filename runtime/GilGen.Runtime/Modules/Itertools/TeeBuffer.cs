using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// The values itertools.tee's iterators share: read once from the source, kept until every live reader
/// has passed them.
/// </summary>
public sealed class TeeBuffer
{
    private PyValue _source;
    private readonly PyValueList _values = new();
    private long _firstIndex;
    private readonly List<PyTeeReader> _readers = new();

    /// <summary>Takes ownership of <paramref name="source"/> (an iterator).</summary>
    public TeeBuffer(PyValue source) => _source = source;

    /// <summary>A new reader at the current start.</summary>
    public PyValue NewReader(PyType type)
    {
        var r = new PyTeeReader(type, this, _firstIndex);
        _readers.Add(r);
        return PyValue.From(r);
    }

    /// <summary>The value at <paramref name="index"/> (new reference), reading the source if needed.</summary>
    internal bool Get(ThreadState ts, long index, out PyValue value)
    {
        value = default;
        while (index >= _firstIndex + _values.Count)
        {
            if (_source.IsUnbound || !Ops.ForIter(ts, _source, out var x)) return false;
            _values.Add(x);
        }
        value = _values[(int)(index - _firstIndex)].NewRef();
        return true;
    }

    /// <summary>Drops the values no live reader still needs.</summary>
    internal void Trim()
    {
        long min = long.MaxValue;
        foreach (var r in _readers) min = Math.Min(min, r.Position);
        if (_readers.Count == 0) min = _firstIndex + _values.Count;
        int drop = (int)Math.Min(_values.Count, min - _firstIndex);
        if (drop <= 0) return;
        var dropped = _values.GetRange(0, drop);
        _values.RemoveRange(0, drop);
        _firstIndex += drop;
        foreach (var v in dropped) v.DecRef();
    }

    /// <summary>A reader is gone: trim, and release the source with the last one.</summary>
    internal void Remove(PyTeeReader r)
    {
        _readers.Remove(r);
        Trim();
        if (_readers.Count == 0) { var s = _source; _source = PyValue.Unbound; s.DecRef(); }
    }
}

/// <summary>One iterator returned by itertools.tee.</summary>
public sealed class PyTeeReader : PyObject
{
    private readonly PyType _type;
    private TeeBuffer? _buffer;
    internal long Position;

    internal PyTeeReader(PyType type, TeeBuffer buffer, long position) { _type = type; _buffer = buffer; Position = position; }

    /// <inheritdoc/>
    public override PyType Type => _type;
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => $"<itertools._tee object at 0x{ObjectId.Of(this):x}>";
    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => PyValue.From(this).NewRef();
    /// <inheritdoc/>
    public override bool Next(ThreadState ts, out PyValue next)
    {
        next = default;
        if (_buffer is null || !_buffer.Get(ts, Position, out next)) return false;
        Position++;
        _buffer.Trim();
        return true;
    }
    /// <inheritdoc/>
    public override void Dealloc() { var b = _buffer; _buffer = null; b?.Remove(this); }
}
