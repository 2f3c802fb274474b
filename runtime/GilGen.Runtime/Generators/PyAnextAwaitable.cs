using System;

namespace GilGen.Runtime;

/// <summary>
/// What <c>anext(aiterator, default)</c> returns (CPython's <c>anext_awaitable</c>): awaiting it awaits
/// <c>aiterator.__anext__()</c>, and a StopAsyncIteration from that becomes the default as the await's value.
/// </summary>
public sealed class PyAnextAwaitable : PyAwaitableIterator
{
    /// <summary>The class <c>anext_awaitable</c>.</summary>
    public static readonly PyType TypeObject = NewType("anext_awaitable");

    private PyValue _wrapped;
    private PyValue _default;
    // The iterator that awaiting _wrapped drives, made at the first step (as CPython's anextawaitable_getiter).
    private PyValue _inner = PyValue.Unbound;

    /// <summary>Awaits <paramref name="wrapped"/> (what __anext__ returned), with <paramref name="defaultValue"/> for its end; both borrowed.</summary>
    public PyAnextAwaitable(PyValue wrapped, PyValue defaultValue)
    {
        _wrapped = wrapped.NewRef();
        _default = defaultValue.NewRef();
    }

    /// <inheritdoc/>
    public override PyType Type => TypeObject;

    private PyValue Inner(ThreadState ts)
    {
        if (_inner.IsUnbound) _inner = GeneratorOps.GetAwaitable(ts, _wrapped);
        return _inner;
    }

    // One step of the await: the value the inner iterator yielded, or StopIteration with the await's value (the default,
    // or what __anext__'s awaitable returned).
    /// <inheritdoc/>
    protected override PyValue Send(ThreadState ts, PyValue value)
    {
        var inner = Inner(ts);
        bool yielded;
        PyValue result;
        PyException? instead = null;
        // Thrown after the catch, not in it (a recursion through awaits would keep a dispatch per level on the stack).
        try { yielded = GeneratorOps.YieldFromStep(ts, inner, value, out result); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopAsyncIteration)) { instead = DefaultInstead(e); yielded = false; result = default; }
        if (instead != null) throw instead;
        if (yielded) return result;
        throw PyGenerator.StopIterationOf(result);
    }

    /// <inheritdoc/>
    protected override PyValue Throw(ThreadState ts, PyException exc)
    {
        PyValue inner;
        bool found = false;
        try { inner = Inner(ts); found = true; }
        finally { if (!found) exc.Value.DecRef(); }
        PyException instead;
        try
        {
            if (inner.Obj is PyGenerator g) return g.Throw(ts, exc);
            if (Ops.GetAttrOrNull(ts, inner, "throw") is not PyValue method) throw exc;
            try { return Ops.Call(ts, method, new[] { exc.TypeValue, exc.Value, PyValue.None }, null); }
            finally { method.DecRef(); exc.Value.DecRef(); }
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopAsyncIteration)) { instead = DefaultInstead(e); }
        throw instead;
    }

    /// <inheritdoc/>
    protected override PyValue Close(ThreadState ts)
    {
        var inner = Inner(ts);
        if (inner.Obj is PyGenerator g) return g.Close(ts);
        if (Ops.GetAttrOrNull(ts, inner, "close") is not PyValue method) return PyValue.None;
        try { return Ops.Call(ts, method, ReadOnlySpan<PyValue>.Empty, null); }
        finally { method.DecRef(); }
    }

    // The async iterator is exhausted: the await's value is the default.
    private PyException DefaultInstead(PyException stop)
    {
        stop.Value.DecRef();
        return PyGenerator.StopIterationOf(_default.NewRef());
    }

    /// <inheritdoc/>
    public override void Dealloc()
    {
        var (w, d, i) = (_wrapped, _default, _inner);
        _wrapped = _default = _inner = PyValue.Unbound;
        w.DecRefFromDealloc(); d.DecRefFromDealloc(); i.DecRefFromDealloc();
    }
}
