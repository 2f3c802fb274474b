using System;

namespace GilGen.Runtime;

/// <summary>
/// The instructions of <c>async for</c> and <c>async with</c> (GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH,
/// END_ASYNC_FOR), with CPython 3.12's error messages. The awaitables they produce are driven by YIELD_FROM in
/// the coroutine that runs them, so whatever drives that coroutine (send, an event loop) drives them.
/// </summary>
public static class AsyncOps
{
    /// <summary>GET_AITER: <c>type(o).__aiter__(o)</c>, which must have <c>__anext__</c>. New reference.</summary>
    public static PyValue GetAIter(ThreadState ts, PyValue o)
    {
        if (o.Obj is null || o.Type.Lookup("__aiter__") is not PyValue aiter)
            throw PyErr.TypeError($"'async for' requires an object with __aiter__ method, got {o.Type.Name}");
        var it = Ops.Call(ts, aiter, new[] { o }, null);
        if (it.Obj is null || it.Type.Lookup("__anext__") is null)
        {
            string name = it.Type.Name;
            it.DecRef();
            throw PyErr.TypeError($"'async for' received an object from __aiter__ that does not implement __anext__: {name}");
        }
        return it;
    }

    /// <summary>GET_ANEXT: the awaitable of <c>type(aiter).__anext__(aiter)</c>, pushed above the iterator. New reference.</summary>
    public static PyValue GetANext(ThreadState ts, PyValue aiter)
    {
        if (aiter.Obj is null || aiter.Type.Lookup("__anext__") is not PyValue anext)
            throw PyErr.TypeError($"'async for' requires an iterator with __anext__ method, got {aiter.Type.Name}");
        var next = Ops.Call(ts, anext, new[] { aiter }, null);
        PyException invalid;
        // Thrown after the catch, not in it (a recursion through __await__ would keep a dispatch per level on the stack).
        try { return GeneratorOps.GetAwaitable(ts, next); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
        {
            e.Value.DecRef();
            invalid = PyErr.TypeError($"'async for' received an invalid object from __anext__: {next.Type.Name}");
        }
        finally { next.DecRef(); }
        throw invalid;
    }

    /// <summary>BEFORE_ASYNC_WITH: <paramref name="exit"/> is the bound <c>__aexit__</c>; returns what <c>__aenter__()</c> returned (to await).</summary>
    public static PyValue BeforeAsyncWith(ThreadState ts, PyValue mgr, out PyValue exit)
    {
        var enter = mgr.Obj is null ? null : Ops.GetAttrOrNull(ts, mgr, "__aenter__");
        if (enter is not PyValue en)
            throw PyErr.TypeError($"'{mgr.Type.Name}' object does not support the asynchronous context manager protocol");
        var ex = Ops.GetAttrOrNull(ts, mgr, "__aexit__");
        if (ex is not PyValue x)
        {
            en.DecRef();
            throw PyErr.TypeError($"'{mgr.Type.Name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
        }
        exit = x;
        bool entered = false;
        try
        {
            var awaitable = Ops.Call(ts, en, ReadOnlySpan<PyValue>.Empty, null);
            entered = true;
            return awaitable;
        }
        finally
        {
            en.DecRef();
            if (!entered) x.DecRef();
        }
    }

    /// <summary>END_ASYNC_FOR: true when the exception type on the stack ends the loop (StopAsyncIteration).</summary>
    public static bool EndsAsyncFor(ThreadState ts, PyValue excType) =>
        excType.Obj is PyType t && t.IsSubtypeOf(ExceptionTypes.StopAsyncIteration);
}
