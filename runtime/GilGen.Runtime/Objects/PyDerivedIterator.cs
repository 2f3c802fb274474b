using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>Progress of a derived iterator (enumerate's counter).</summary>
public sealed class DerivedIteratorState
{
    /// <summary>Items produced so far.</summary>
    public long Count;

    /// <summary>The tuple enumerate and zip hand out again when the loop let it go.</summary>
    public ResultTuple Result;
}

/// <summary>Produces the next item from the underlying iterators, or null when done.</summary>
public delegate PyValue? DerivedStep(ThreadState ts, PyValue[] sources, DerivedIteratorState state);

/// <summary>enumerate, zip, map, filter, reversed: an iterator computed from other iterators (which it references).</summary>
public sealed class PyDerivedIterator : PyObject
{
    private readonly PyType _type;
    private PyValue[] _sources;
    private readonly DerivedStep _step;
    private readonly DerivedIteratorState _state = new();

    /// <summary>Takes ownership of <paramref name="sources"/>' references.</summary>
    public PyDerivedIterator(PyType type, PyValue[] sources, DerivedStep step) { _type = type; _sources = sources; _step = step; }
    /// <inheritdoc/>
    public override PyType Type => _type;
    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => PyValue.From(this).NewRef();
    /// <inheritdoc/>
    public override void Dealloc()
    {
        var s = _sources;
        _sources = Array.Empty<PyValue>();
        foreach (var v in s) v.DecRefFromDealloc();
        _state.Result.Release();
    }
    /// <inheritdoc/>
    public override bool Next(ThreadState ts, out PyValue next)
    {
        if (_sources.Length > 0 || _type == PyType.Zip)
        {
            var r = _step(ts, _sources, _state);
            if (r is PyValue v) { next = v; return true; }
        }
        next = default;
        return false;
    }
}
