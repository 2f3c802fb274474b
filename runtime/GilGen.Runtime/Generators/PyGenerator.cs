using System;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>What a <see cref="PyGenerator"/> is: the code flag its function's code has.</summary>
public enum GeneratorKind
{
    /// <summary>A generator (<c>def</c> with <c>yield</c>, or a generator expression): CO_GENERATOR.</summary>
    Generator,
    /// <summary>A coroutine (<c>async def</c> without <c>yield</c>): CO_COROUTINE.</summary>
    Coroutine,
    /// <summary>An asynchronous generator (<c>async def</c> with <c>yield</c>, or an asynchronous generator expression): CO_ASYNC_GENERATOR.</summary>
    AsyncGenerator,
}

/// <summary>
/// A generator (<c>def</c> with <c>yield</c>, or a generator expression), a coroutine (<c>async def</c>) or an
/// asynchronous generator (<c>async def</c> with <c>yield</c>): a suspended frame that <c>send</c>, <c>next</c>,
/// <c>throw</c> and <c>close</c> resume, as CPython's genobject.c does (gen_send_ex2, _gen_throw, gen_close, the
/// finalizer). An asynchronous generator is resumed by the awaitables its <c>__anext__</c>, <c>asend</c>,
/// <c>athrow</c> and <c>aclose</c> return (<see cref="PyAsyncGenASend"/>, <see cref="PyAsyncGenAThrow"/>).
/// </summary>
public sealed partial class PyGenerator : PyObject
{
    /// <summary>The type of generator objects.</summary>
    public static readonly PyType GeneratorType = new("generator", PyType.Object) { IsBaseType = false };

    /// <summary>The type of coroutine objects.</summary>
    public static readonly PyType CoroutineType = new("coroutine", PyType.Object) { IsBaseType = false };

    /// <summary>The type of asynchronous generator objects.</summary>
    public static readonly PyType AsyncGeneratorType = new("async_generator", PyType.Object) { IsBaseType = false };

    private readonly GeneratorFrame _frame;
    private readonly GeneratorResume _resume;
    private bool _running;

    static PyGenerator()
    {
        GeneratorMethods.Install(GeneratorType, CoroutineType);
        InstallAsyncGeneratorMethods();
    }

    private PyGenerator(GeneratorFrame frame, GeneratorResume resume, GeneratorKind kind)
    {
        _frame = frame;
        _resume = resume;
        Kind = kind;
        Name = frame.Function.Name;
        QualName = frame.Function.QualName;
    }

    /// <summary>What calling a generator function returns: a generator over the frame its arguments were bound into.</summary>
    public static PyValue Create(GeneratorFrame frame, GeneratorResume resume, GeneratorKind kind) =>
        PyValue.From(new PyGenerator(frame, resume, kind));

    /// <summary>A generator, a coroutine or an asynchronous generator.</summary>
    public GeneratorKind Kind { get; }

    /// <summary>True for a coroutine (<c>async def</c> without <c>yield</c>).</summary>
    public bool IsCoroutine => Kind == GeneratorKind.Coroutine;

    /// <summary>True for a plain generator, which is its own iterator.</summary>
    public bool IsGenerator => Kind == GeneratorKind.Generator;

    /// <summary>__name__.</summary>
    public string Name { get; set; }

    /// <summary>__qualname__.</summary>
    public string QualName { get; set; }

    /// <summary>True while the frame runs (gi_running).</summary>
    public bool IsRunning => _running;

    /// <summary>True while suspended at a yield (gi_suspended).</summary>
    public bool IsSuspended => _frame.IsSuspended;

    /// <summary>The subiterator of the <c>yield from</c>/<c>await</c> the frame is suspended in, or null.</summary>
    public PyValue? Delegate => _frame.IsSuspended && _frame.Delegate.Obj is not null ? _frame.Delegate : null;

    // What CPython's messages call it.
    private string KindName => Kind switch
    {
        GeneratorKind.Coroutine => "coroutine",
        GeneratorKind.AsyncGenerator => "async generator",
        _ => "generator",
    };

    /// <inheritdoc/>
    public override PyType Type => Kind switch
    {
        GeneratorKind.Coroutine => CoroutineType,
        GeneratorKind.AsyncGenerator => AsyncGeneratorType,
        _ => GeneratorType,
    };

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => $"<{Type.Name} object {QualName} at 0x{ObjectId.Of(this):x}>";

    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => IsGenerator ? PyValue.From(this).NewRef() : base.Iter(ts);

    /// <inheritdoc/>
    public override bool Next(ThreadState ts, out PyValue next)
    {
        if (!IsGenerator) return base.Next(ts, out next);
        if (Resume(ts, ResumeMode.Send, PyValue.None, null, closing: false, argIsNull: true, out next)) return true;
        next.DecRef();
        next = default;
        return false;
    }

    /// <summary>
    /// gen_send_ex2: runs the frame until it yields (true, <paramref name="result"/> the yielded value) or
    /// returns (false, <paramref name="result"/> the return value); an exception it raises propagates.
    /// <paramref name="argIsNull"/> is tp_iternext's call, which may start a generator and sends None.
    /// </summary>
    internal bool Resume(ThreadState ts, ResumeMode mode, PyValue arg, PyException? exc, bool closing, bool argIsNull, out PyValue result)
    {
        if (_running) throw PyErr.ValueError(KindName + " already executing");
        var f = _frame;
        if (f.ResumePoint < 0)
        {
            if (IsCoroutine && !closing)
            {
                exc?.Value.DecRef();
                throw PyErr.RuntimeError("cannot reuse already awaited coroutine");
            }
            if (exc != null) throw exc;
            result = PyValue.None;
            return false;
        }
        if (f.ResumePoint == 0 && exc == null && !argIsNull && !arg.IsNone)
            throw PyErr.TypeError($"can't send non-None value to a just-started {KindName}");
        // The resumed frame is a level of the recursion, as CPython 3.11+ counts every frame it enters: a chain of
        // generators or coroutines, each resuming the next (yield from, await), raises RecursionError at the limit.
        if (Ops.CallTooDeep(ts)) throw ResumedTooDeep(ts, f, exc);
        f.Prepare(mode, arg, exc);
        PyValue r;
        PyException? raised = null;
        _running = true;
        try
        {
            r = _resume(ts, f);
        }
        // Thrown again after the catch, not in it: a throw inside a catch starts a second dispatch on top of the
        // first one's stack, and a deep recursion through generators would keep one per level (stack overflow).
        catch (PyException e)
        {
            raised = e;
            r = default;
        }
        finally
        {
            _running = false;
            ts.RecursionDepth--;
        }
        if (raised != null) throw Raised(f, raised);
        result = r;
        if (f.IsSuspended) return true;
        f.Release();
        return false;
    }

    /// <summary>
    /// The resumption is one level too many: as CPython 3.12's frame entry does (_Py_EnterRecursivePy failing, then
    /// exit_unwind clearing the frame), the exception to throw in is dropped, the RecursionError made, and the frame
    /// released without running any of its code (no finally block, no with exit): the generator is finished, a later
    /// next() raises StopIteration, a coroutine is "already awaited". The level is taken back first, so what the
    /// release runs (a __del__) runs at the caller's depth.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyException ResumedTooDeep(ThreadState ts, GeneratorFrame f, PyException? exc)
    {
        exc?.Value.DecRef();
        var error = Ops.RecursionTooDeepError(ts);
        f.Release();
        return error;
    }

    /// <summary>A StopIteration (or, from an asynchronous generator, a StopAsyncIteration) that escapes the frame becomes RuntimeError, caused by it (PEP 479, PEP 525).</summary>
    private PyException RaisedStopIteration(PyException e, string what)
    {
        var error = PyErr.RuntimeError(KindName + " raised " + what);
        var instance = error.Instance;
        instance.Cause = e.Value;
        instance.Context = e.Value.NewRef();
        instance.SuppressContext = true;
        return error;
    }

    /// <summary>send(value): the yielded value, or StopIteration carrying the return value.</summary>
    public PyValue Send(ThreadState ts, PyValue value) =>
        Resume(ts, ResumeMode.Send, value, null, closing: false, argIsNull: false, out var r) ? r : throw StopIterationOf(r);

    /// <summary>next(gen) and gen.__next__(): the next value, or StopIteration carrying the return value.</summary>
    public PyValue NextOrStop(ThreadState ts)
    {
        if (Resume(ts, ResumeMode.Send, PyValue.None, null, closing: false, argIsNull: true, out var r)) return r;
        throw StopIterationOf(r);
    }

    /// <summary>_PyGen_SetStopIterationValue: StopIteration() for None, else StopIteration(value) (steals <paramref name="value"/>).</summary>
    public static PyException StopIterationOf(PyValue value)
    {
        if (value.IsNone) return PyErr.StopIteration();
        return new PyException(new PyBaseException(ExceptionTypes.StopIteration, new PyTuple(new[] { value })));
    }

    /// <summary>throw(exc): raises <paramref name="exc"/> (owned) where the frame stopped, forwarding it to a <c>yield from</c> subiterator first.</summary>
    public PyValue Throw(ThreadState ts, PyException exc) =>
        ThrowCore(ts, exc, closeOnGenExit: true, out var r) ? r : throw StopIterationOf(r);

    /// <summary>_gen_throw: true when the frame yielded again (<paramref name="result"/> the value), false when it returned.</summary>
    internal bool ThrowCore(ThreadState ts, PyException exc, bool closeOnGenExit, out PyValue result)
    {
        var f = _frame;
        if (Delegate is PyValue yf)
        {
            if (closeOnGenExit && exc.Value.Type.IsSubtypeOf(ExceptionTypes.GeneratorExit))
            {
                // Close the subiterator first, then raise GeneratorExit (or what closing it raised) here.
                PyException? closeError = null;
                _running = true;
                try { CloseIterator(ts, yf); }
                catch (PyException e) { closeError = e; }
                finally { _running = false; }
                if (closeError != null)
                {
                    exc.Value.DecRef();
                    exc = closeError;
                }
                return Resume(ts, ResumeMode.Throw, PyValue.None, exc, closing: false, argIsNull: false, out result);
            }
            bool yielded;
            PyValue ret = default;
            PyException? failure = null;
            _running = true;
            try
            {
                if (yf.Obj is PyGenerator g)
                {
                    yielded = g.ThrowCore(ts, exc, closeOnGenExit, out ret);
                }
                else if (Ops.GetAttrOrNull(ts, yf, "throw") is PyValue meth)
                {
                    try
                    {
                        ret = Ops.Call(ts, meth, new[] { exc.TypeValue, exc.Value, PyValue.None }, null);
                        yielded = true;
                    }
                    finally { meth.DecRef(); exc.Value.DecRef(); }
                }
                else
                {
                    _running = false;
                    return Resume(ts, ResumeMode.Throw, PyValue.None, exc, closing: false, argIsNull: false, out result);
                }
            }
            catch (PyException e) { failure = e; yielded = false; }
            finally { _running = false; }
            if (yielded) { result = ret; return true; }
            if (failure != null && failure.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
            {
                ret = StopIterationValue(failure);
                failure.Value.DecRef();
                failure = null;
            }
            if (failure == null)
            {
                try { return Resume(ts, ResumeMode.DelegateReturned, ret, null, false, false, out result); }
                finally { ret.DecRef(); }
            }
            return Resume(ts, ResumeMode.DelegateRaised, PyValue.None, failure, false, false, out result);
        }
        return Resume(ts, ResumeMode.Throw, PyValue.None, exc, closing: false, argIsNull: false, out result);
    }

    /// <summary>close(): raises GeneratorExit in the frame; a yield in answer is a RuntimeError.</summary>
    public PyValue Close(ThreadState ts)
    {
        var f = _frame;
        // Closing itself from inside: before the first yield the frame is still at resume point 0, which is not
        // "not started" then (CPython's gen_close reaches gen_send_ex, which refuses).
        if (_running) throw PyErr.ValueError(KindName + " already executing");
        if (f.ResumePoint == 0)
        {
            f.Release();
            return PyValue.None;
        }
        if (f.ResumePoint < 0) return PyValue.None;
        // Suspended at a plain yield with no handler anywhere in the code: GeneratorExit would only unwind the frame,
        // so release it as that would (CPython 3.12 does the same). Throwing and catching it cost a .NET exception,
        // its traceback and its instance for every generator dropped early (all() or any() that stop at the first
        // answer). Not at the recursion limit: there CPython 3.12's close enters the frame, which raises
        // RecursionError and clears it (Resume does the same).
        if (!IsCoroutine && f.Delegate.Obj is null && f.Function.Code.ClosesWithoutUnwinding && ts.RecursionDepth < ts.RecursionLimit)
        {
            f.Release();
            return PyValue.None;
        }
        PyException? closeError = null;
        if (Delegate is PyValue yf)
        {
            _running = true;
            try { CloseIterator(ts, yf); }
            catch (PyException e) { closeError = e; }
            finally { _running = false; }
        }
        var exc = closeError ?? PyErr.New(ExceptionTypes.GeneratorExit);
        try
        {
            bool yielded = Resume(ts, ResumeMode.Throw, PyValue.None, exc, closing: true, argIsNull: false, out var r);
            r.DecRef();
            if (yielded) throw PyErr.RuntimeError(KindName + " ignored GeneratorExit");
            return PyValue.None;
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration) || e.Value.Type.IsSubtypeOf(ExceptionTypes.GeneratorExit))
        {
            e.Value.DecRef();
            return PyValue.None;
        }
    }

    /// <summary>gen_close_iter: closes a subiterator, through its close() when it is not a generator.</summary>
    private static void CloseIterator(ThreadState ts, PyValue iterator)
    {
        if (iterator.Obj is PyGenerator g)
        {
            g.Close(ts).DecRef();
            return;
        }
        if (Ops.GetAttrOrNull(ts, iterator, "close") is PyValue meth)
        {
            try { Ops.Call(ts, meth, ReadOnlySpan<PyValue>.Empty, null).DecRef(); }
            finally { meth.DecRef(); }
        }
    }

    /// <summary>StopIteration.value of a caught StopIteration (new reference).</summary>
    internal static PyValue StopIterationValue(PyException e)
    {
        var args = e.Instance.Args.Items;
        return args.Length == 0 ? PyValue.None : args[0].NewRef();
    }

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name)
    {
        switch (name)
        {
            case "__name__": return PyValue.Str(Name);
            case "__qualname__": return PyValue.Str(QualName);
            case "gi_running" when IsGenerator: case "cr_running" when IsCoroutine: return PyValue.Bool(_running);
            case "ag_running" when Kind == GeneratorKind.AsyncGenerator: return PyValue.Bool(RunningAsync);
            case "gi_suspended" when IsGenerator: case "cr_suspended" when IsCoroutine: case "ag_suspended" when Kind == GeneratorKind.AsyncGenerator:
                return PyValue.Bool(_frame.IsSuspended && !_running);
            case "gi_yieldfrom" when IsGenerator: case "cr_await" when IsCoroutine: case "ag_await" when Kind == GeneratorKind.AsyncGenerator:
                return Delegate is PyValue d ? d.NewRef() : PyValue.None;
        }
        return base.GetAttrOrNull(ts, name);
    }

    /// <inheritdoc/>
    public override void SetAttr(ThreadState ts, string name, PyValue value)
    {
        switch (name)
        {
            case "__name__" when value.Obj is PyStr s: Name = s.Value; return;
            case "__qualname__" when value.Obj is PyStr s: QualName = s.Value; return;
        }
        base.SetAttr(ts, name, value);
    }

    // The exception the frame raised, as it leaves the generator: a StopIteration raised inside becomes RuntimeError (PEP 479).
    private PyException Raised(GeneratorFrame f, PyException e)
    {
        f.Release();
        if (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration)) return RaisedStopIteration(e, "StopIteration");
        if (Kind == GeneratorKind.AsyncGenerator && e.Value.Type.IsSubtypeOf(ExceptionTypes.StopAsyncIteration))
            return RaisedStopIteration(e, "StopAsyncIteration");
        return e;
    }

    /// <summary>
    /// _PyGen_Finalize: a generator dropped while suspended is closed first, so that its finally blocks
    /// and with exits run; what that raises is reported as unraisable, as CPython does.
    /// </summary>
    public override void Dealloc()
    {
        _weakRefs?.ReleaseReferent();
        var f = _frame;
        // An asynchronous generator handed to its finalizer hook is not closed here (CPython's _PyGen_Finalize returns
        // after the hook): the frame is cleared without running its finally blocks, unless the hook kept the generator.
        bool handedToHook = Kind == GeneratorKind.AsyncGenerator && HandToFinalizerHook();
        if (handedToHook && RefCount != ReleasedRefCount) return;
        if (!handedToHook && f.IsSuspended && !_running && f.Interp.CurrentThreadState is ThreadState ts)
        {
            RefCount++; // resurrected while close() runs (from ReleasedRefCount: a release inside is a second one)
            try { Close(ts).DecRefFromDealloc(); }
            catch (PyException e)
            {
                Console.Error.Write($"Exception ignored in: {ReprString(ts)}\n{e.FormatTraceback(ts)}");
                e.Value.DecRefFromDealloc();
            }
            RefCount--;
        }
        f.Release();
        f.ReleaseFunction();
        ReleaseFinalizer();
    }
}
