using System;

namespace GilGen.Runtime;

/// <summary>
/// What an asynchronous generator's <c>athrow(...)</c> and <c>aclose()</c> return (CPython's
/// <c>async_generator_athrow</c>): an awaitable whose first step raises the exception (GeneratorExit for
/// <c>aclose</c>) where the generator's frame stopped. For <c>aclose</c>, the frame ending (by GeneratorExit,
/// StopAsyncIteration or returning) ends the await with None, and a value it yields instead is a RuntimeError.
/// </summary>
public sealed class PyAsyncGenAThrow : PyAwaitableIterator
{
    /// <summary>The class <c>async_generator_athrow</c>.</summary>
    public static readonly PyType TypeObject = NewType("async_generator_athrow");

    private readonly PyGenerator _gen;
    // athrow's arguments (owned); null for aclose().
    private PyTuple? _args;
    private AsyncGenAwaitableState _state;

    /// <summary>The awaitable of <c>gen.athrow(*args)</c> (<paramref name="args"/> owned), or of <c>gen.aclose()</c> when null.</summary>
    internal PyAsyncGenAThrow(PyGenerator gen, PyTuple? args)
    {
        _gen = gen;
        PyValue.From(gen).IncRef();
        _args = args;
    }

    private bool IsClose => _args is null;

    /// <inheritdoc/>
    public override PyType Type => TypeObject;

    /// <summary>async_gen_athrow_send.</summary>
    protected override PyValue Send(ThreadState ts, PyValue arg)
    {
        if (_state == AsyncGenAwaitableState.Closed) throw PyErr.RuntimeError("cannot reuse already awaited aclose()/athrow()");
        if (_gen.IsFinished)
        {
            _state = AsyncGenAwaitableState.Closed;
            throw PyErr.New(ExceptionTypes.StopIteration);
        }
        if (_state == AsyncGenAwaitableState.Init)
        {
            if (_gen.RunningAsync)
            {
                _state = AsyncGenAwaitableState.Closed;
                throw PyErr.RuntimeError(IsClose ? "aclose(): asynchronous generator is already running" : "athrow(): asynchronous generator is already running");
            }
            if (_gen.AsyncClosed)
            {
                _state = AsyncGenAwaitableState.Closed;
                throw PyErr.New(ExceptionTypes.StopAsyncIteration);
            }
            if (!arg.IsNone) throw PyErr.RuntimeError("can't send non-None value to a just-started coroutine");
            _state = AsyncGenAwaitableState.Iter;
            _gen.RunningAsync = true;
            if (IsClose)
            {
                _gen.AsyncClosed = true;
                // GeneratorExit goes to the await the frame is suspended in, if any, without closing that first.
                return CloseStep(() => _gen.ThrowCore(ts, PyErr.New(ExceptionTypes.GeneratorExit), closeOnGenExit: false, out var r) ? r : Returned(r));
            }
            var items = _args!.Items;
            if (items.Length == 0) throw PyErr.TypeError("athrow expected at least 1 argument, got 0");
            if (items.Length > 3) throw PyErr.TypeError($"athrow expected at most 3 arguments, got {items.Length}");
            var exc = GeneratorMethods.ExceptionToThrow(ts, items);
            PyException? failed;
            // Thrown after the catch, not in it (a recursion through awaits would keep a dispatch per level on the stack).
            try { return AsyncGenSteps.Throw(ts, _gen, exc, closeOnGenExit: false); }
            catch (PyException e) { Finish(); failed = e; }
            throw failed;
        }
        if (!IsClose) return AsyncGenSteps.Send(ts, _gen, arg);
        return CloseStep(() => _gen.Resume(ts, ResumeMode.Send, arg, null, closing: false, argIsNull: false, out var r) ? r : Returned(r));
    }

    /// <summary>async_gen_athrow_throw.</summary>
    protected override PyValue Throw(ThreadState ts, PyException exc)
    {
        if (_state == AsyncGenAwaitableState.Closed)
        {
            exc.Value.DecRef();
            throw PyErr.RuntimeError("cannot reuse already awaited aclose()/athrow()");
        }
        if (!IsClose) return AsyncGenSteps.Throw(ts, _gen, exc, closeOnGenExit: true);
        return CloseStep(() => _gen.ThrowCore(ts, exc, closeOnGenExit: true, out var r) ? r : Returned(r));
    }

    // The frame returned: for aclose() that is an end like GeneratorExit (gen_send_ex's StopAsyncIteration).
    private static PyValue Returned(PyValue result)
    {
        result.DecRef();
        throw PyErr.New(ExceptionTypes.StopAsyncIteration);
    }

    // A step of aclose(): a value the frame yields is "ignored GeneratorExit"; what an await in it yields passes
    // through; StopAsyncIteration or GeneratorExit ends the await with None (StopIteration).
    private PyValue CloseStep(Func<PyValue> step)
    {
        PyValue result;
        PyException? failed = null;
        try { result = step(); }
        catch (PyException e)
        {
            Finish();
            if (AsyncGenSteps.EndsGenerator(e))
            {
                e.Value.DecRef();
                failed = PyErr.New(ExceptionTypes.StopIteration);
            }
            else failed = e;
            result = default;
        }
        if (failed != null) throw failed;
        if (!_gen.YieldedValue) return result;
        result.DecRef();
        Finish();
        throw PyErr.RuntimeError("async generator ignored GeneratorExit");
    }

    /// <inheritdoc/>
    protected override PyValue Close(ThreadState ts)
    {
        _state = AsyncGenAwaitableState.Closed;
        return PyValue.None;
    }

    private void Finish()
    {
        _gen.RunningAsync = false;
        _state = AsyncGenAwaitableState.Closed;
    }

    /// <inheritdoc/>
    public override void Dealloc()
    {
        var args = _args;
        _args = null;
        if (args != null) PyValue.From(args).DecRefFromDealloc();
        PyValue.From(_gen).DecRefFromDealloc();
    }
}
