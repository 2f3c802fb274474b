using System;

namespace GilGen.Runtime;

// The asynchronous generator's side of PyGenerator (PEP 525; CPython's genobject.c: async_gen_*): its methods, the
// state its awaitables share (ag_running_async, ag_closed), the hooks of sys.set_asyncgen_hooks and its finalizer.
public sealed partial class PyGenerator
{
    // ag_hooks_inited: the first __anext__/asend/athrow/aclose read the thread's hooks.
    private bool _hooksInitialized;
    // The thread's finalizer hook when the hooks were read (owned), called instead of close() when the generator goes.
    private PyValue _finalizer;
    // The finalizer runs once (PEP 442), even when it resurrected the generator.
    private bool _finalizerCalled;
    // The weak references to the generator (generators can be weakly referenced; asyncio's loop keeps its asynchronous
    // generators in a WeakSet), cleared first when it is released, as gen_dealloc does before finalizing it.
    private WeakRefList? _weakRefs;

    /// <inheritdoc/>
    internal override bool SupportsWeakRefs => true;
    /// <inheritdoc/>
    internal override WeakRefList? WeakRefs { get => _weakRefs; set => _weakRefs = value; }

    /// <summary>ag_running_async: true while one of the generator's awaitables (__anext__, asend, athrow, aclose) runs it.</summary>
    internal bool RunningAsync { get; set; }

    /// <summary>ag_closed: aclose() was awaited, or the frame ended by StopAsyncIteration or GeneratorExit.</summary>
    internal bool AsyncClosed { get; set; }

    /// <summary>True once the frame has returned or raised (gi_frame_state >= FRAME_COMPLETED).</summary>
    internal bool IsFinished => _frame.ResumePoint < 0;

    /// <summary>True when the frame's last suspension was at a <c>yield</c>, not inside an <c>await</c>.</summary>
    internal bool YieldedValue => _frame.YieldedValue;

    private static void InstallAsyncGeneratorMethods()
    {
        var type = AsyncGeneratorType;
        type.AddMethod("__aiter__", (ts, a, kw) => { AsyncSelf(a, kw, "__aiter__", 0, 0); return a[0].NewRef(); });
        type.AddMethod("__anext__", (ts, a, kw) => AsyncSelf(a, kw, "__anext__", 0, 0).NewASend(ts, PyValue.None));
        type.AddMethod("asend", (ts, a, kw) => AsyncSelf(a, kw, "asend", 1, 1).NewASend(ts, a[1]));
        // athrow's arguments are checked when the awaitable starts (CPython 3.12's async_gen_athrow_send).
        type.AddMethod("athrow", (ts, a, kw) =>
        {
            var g = AsyncSelf(a, kw, "athrow", 0, int.MaxValue);
            g.InitHooks(ts);
            return PyValue.From(new PyAsyncGenAThrow(g, PyTuple.FromBorrowed(a.Slice(1))));
        });
        type.AddMethod("aclose", (ts, a, kw) =>
        {
            var g = AsyncSelf(a, kw, "aclose", 0, 0);
            g.InitHooks(ts);
            return PyValue.From(new PyAsyncGenAThrow(g, null));
        });
    }

    private static PyGenerator AsyncSelf(ReadOnlySpan<PyValue> a, string[]? kw, string name, int min, int max)
    {
        if (kw != null && kw.Length > 0) throw PyErr.TypeError($"async_generator.{name}() takes no keyword arguments");
        if (a.Length == 0 || a[0].Obj is not PyGenerator { Kind: GeneratorKind.AsyncGenerator } g)
            throw PyErr.TypeError($"descriptor '{name}' requires a 'async_generator' object");
        int given = a.Length - 1;
        if (given >= min && given <= max) return g;
        // __aiter__ and __anext__ are slot wrappers in CPython, aclose a method without arguments.
        if (max == 0) throw PyErr.TypeError(name.StartsWith("__", StringComparison.Ordinal) ? $"expected 0 arguments, got {given}" : $"async_generator.{name}() takes no arguments ({given} given)");
        if (min == max) throw PyErr.TypeError($"async_generator.{name}() takes exactly one argument ({given} given)");
        throw PyErr.TypeError(given < min
            ? $"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {given}"
            : $"{name} expected at most {max} arguments, got {given}");
    }

    private PyValue NewASend(ThreadState ts, PyValue value)
    {
        InitHooks(ts);
        return PyValue.From(new PyAsyncGenASend(this, value));
    }

    // async_gen_init_hooks: at the first __anext__, asend, athrow or aclose, the generator keeps the thread's finalizer
    // and is passed to its firstiter hook (asyncio's loop registers it there, to close it at shutdown).
    private void InitHooks(ThreadState ts)
    {
        if (_hooksInitialized) return;
        _hooksInitialized = true;
        var (firstIter, finalizer) = ts.AsyncGenHooks;
        if (!finalizer.IsNone) _finalizer = finalizer.NewRef();
        if (!firstIter.IsNone) Ops.Call(ts, firstIter, new[] { PyValue.From(this) }, null).DecRef();
    }

    /// <summary>
    /// _PyGen_Finalize for an asynchronous generator going away: while it is
    /// suspended and not closed, the finalizer hook it kept is called with it (true) instead of closing it (asyncio's
    /// schedules <c>aclose()</c> on its loop, which keeps the generator alive: its count is then above
    /// <see cref="PyObject.ReleasedRefCount"/>). False when there is no hook to call: it is closed as a generator is.
    /// </summary>
    private bool HandToFinalizerHook()
    {
        var finalizer = _finalizer;
        if (finalizer.Obj is null || _finalizerCalled || AsyncClosed || IsFinished || _frame.Interp.CurrentThreadState is not ThreadState ts)
            return false;
        _finalizerCalled = true;
        // Alive again while the hook runs (Dealloc is called at ReleasedRefCount); what it keeps keeps the generator.
        RefCount = 1;
        try { Ops.Call(ts, finalizer, new[] { PyValue.From(this) }, null).DecRef(); }
        catch (PyException e)
        {
            ts.Interp.NoteReportedException();
            ts.Interp.Stderr.Write($"Exception ignored in: {Ops.ReprOf(ts, finalizer)}\n{e.FormatTraceback(ts)}");
            e.Value.DecRef();
        }
        if (--RefCount == 0) RefCount = ReleasedRefCount;
        return true;
    }

    private void ReleaseFinalizer()
    {
        var f = _finalizer;
        _finalizer = default;
        f.DecRef();
    }
}
