using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>The thread that is asking a <see cref="PyNativeIterator"/> for its next item.</summary>
public sealed class NativeIteratorContext
{
    /// <summary>The calling thread's state, set before each step.</summary>
    public ThreadState Ts { get; internal set; } = null!;
}

/// <summary>
/// An iterator of a C# module (itertools, heapq.merge, ...) written as a C# iterator method: each yielded
/// value is a new reference handed to the caller. Values the method holds between steps are released in
/// its finally blocks (run by Dispose at dealloc); the iterators it was built from are owned here, so they
/// are released even if it never ran. Each step runs under the GIL, atomically, as CPython's C iterators do.
/// </summary>
public sealed class PyNativeIterator : PyObject
{
    private readonly PyType _type;
    private readonly NativeIteratorContext _context = new();
    private IEnumerator<PyValue>? _items;
    private PyValue[] _owned;
    private bool _running;
    private readonly Func<PyNativeIterator, string>? _repr;

    /// <summary>
    /// An iterator of type <paramref name="type"/> producing <paramref name="body"/>'s values; takes
    /// ownership of <paramref name="owned"/>'s references.
    /// </summary>
    public PyNativeIterator(PyType type, PyValue[] owned, Func<NativeIteratorContext, IEnumerable<PyValue>> body, Func<PyNativeIterator, string>? repr = null)
    {
        _type = type;
        _owned = owned;
        _items = body(_context).GetEnumerator();
        _repr = repr;
    }

    /// <inheritdoc/>
    public override PyType Type => _type;

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => _repr?.Invoke(this) ?? $"<{_type.Module}.{_type.Name} object at 0x{ObjectId.Of(this):x}>";

    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => PyValue.From(this).NewRef();

    /// <inheritdoc/>
    public override bool Next(ThreadState ts, out PyValue next)
    {
        next = default;
        if (_items is null) return false;
        if (_running) throw PyErr.ValueError($"{_type.Name} iterator already executing");
        _running = true;
        _context.Ts = ts;
        // An exception ends the iterator too (more stays false): in a finally, not a catch that throws again, which
        // would start a second exception dispatch on top of the first one's stack (see PyGenerator.Resume).
        bool more = false;
        try
        {
            more = _items.MoveNext();
        }
        finally
        {
            _running = false;
            if (!more) Finish();
        }
        if (more) next = _items!.Current;
        return more;
    }

    private void Finish()
    {
        var items = _items;
        _items = null;
        items?.Dispose();
    }

    /// <inheritdoc/>
    public override void Dealloc()
    {
        Finish();
        var owned = _owned;
        _owned = Array.Empty<PyValue>();
        foreach (var v in owned) v.DecRefFromDealloc();
    }
}
