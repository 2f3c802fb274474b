using System;

namespace GilGen.Runtime;

/// <summary>
/// What an asynchronous generator's <c>__anext__()</c> and <c>asend(value)</c> return (CPython's
/// <c>async_generator_asend</c>): an awaitable whose iteration resumes the generator. A value the generator's
/// frame yields ends the await (StopIteration carrying it); what an <c>await</c> inside the frame yields passes through
/// to whatever drives the awaitable (the event loop); the frame's end is StopAsyncIteration.
/// </summary>
public sealed class PyAsyncGenASend : PyAwaitableIterator
{
    /// <summary>The class <c>async_generator_asend</c>.</summary>
    public static readonly PyType TypeObject = NewType("async_generator_asend");

    private readonly PyGenerator _gen;
    private PyValue _sendValue;
    private AsyncGenAwaitableState _state;

    /// <summary>The awaitable of <c>gen.asend(value)</c> (<paramref name="value"/> borrowed; None for <c>__anext__</c>).</summary>
    internal PyAsyncGenASend(PyGenerator gen, PyValue value)
    {
        _gen = gen;
        PyValue.From(gen).IncRef();
        _sendValue = value.NewRef();
    }

    /// <inheritdoc/>
    public override PyType Type => TypeObject;

    /// <summary>async_gen_asend_send.</summary>
    protected override PyValue Send(ThreadState ts, PyValue arg)
    {
        if (_state == AsyncGenAwaitableState.Closed) throw PyErr.RuntimeError("cannot reuse already awaited __anext__()/asend()");
        if (_state == AsyncGenAwaitableState.Init)
        {
            if (_gen.RunningAsync)
            {
                _state = AsyncGenAwaitableState.Closed;
                throw PyErr.RuntimeError("anext(): asynchronous generator is already running");
            }
            if (arg.IsNone) arg = _sendValue;
            _state = AsyncGenAwaitableState.Iter;
        }
        _gen.RunningAsync = true;
        try { return AsyncGenSteps.Send(ts, _gen, arg); }
        catch (PyException) { _state = AsyncGenAwaitableState.Closed; throw; }
    }

    /// <summary>async_gen_asend_throw.</summary>
    protected override PyValue Throw(ThreadState ts, PyException exc)
    {
        if (_state == AsyncGenAwaitableState.Closed)
        {
            exc.Value.DecRef();
            throw PyErr.RuntimeError("cannot reuse already awaited __anext__()/asend()");
        }
        try { return AsyncGenSteps.Throw(ts, _gen, exc, closeOnGenExit: true); }
        catch (PyException) { _state = AsyncGenAwaitableState.Closed; throw; }
    }

    /// <inheritdoc/>
    protected override PyValue Close(ThreadState ts)
    {
        _state = AsyncGenAwaitableState.Closed;
        return PyValue.None;
    }

    /// <inheritdoc/>
    public override void Dealloc()
    {
        var v = _sendValue;
        _sendValue = PyValue.None;
        v.DecRef();
        PyValue.From(_gen).DecRef();
    }
}

/// <summary>Where an asynchronous generator's awaitable is (CPython's AWAITABLE_STATE_*).</summary>
internal enum AsyncGenAwaitableState
{
    /// <summary>Not iterated yet.</summary>
    Init,
    /// <summary>Being iterated.</summary>
    Iter,
    /// <summary>Finished: iterating it again is a RuntimeError.</summary>
    Closed,
}

/// <summary>
/// One step of an asynchronous generator's frame, seen from its awaitables: gen_send or gen_throw, then
/// async_gen_unwrap_value, which tells a value the frame yielded from one an <c>await</c> in it yielded.
/// </summary>
internal static class AsyncGenSteps
{
    /// <summary>Resumes the frame with <paramref name="value"/> (borrowed).</summary>
    public static PyValue Send(ThreadState ts, PyGenerator gen, PyValue value)
    {
        bool yielded;
        PyValue result;
        try { yielded = gen.Resume(ts, ResumeMode.Send, value, null, closing: false, argIsNull: false, out result); }
        catch (PyException e) { throw Failed(gen, e); }
        return Unwrap(gen, yielded, result);
    }

    /// <summary>Raises <paramref name="exc"/> (owned) in the frame (forwarded to the <c>await</c> it is suspended in, if any).</summary>
    public static PyValue Throw(ThreadState ts, PyGenerator gen, PyException exc, bool closeOnGenExit)
    {
        bool yielded;
        PyValue result;
        try { yielded = gen.ThrowCore(ts, exc, closeOnGenExit, out result); }
        catch (PyException e) { throw Failed(gen, e); }
        return Unwrap(gen, yielded, result);
    }

    /// <summary>The exception the frame raised, after the generator noted it (closed by StopAsyncIteration or GeneratorExit).</summary>
    public static PyException Failed(PyGenerator gen, PyException e)
    {
        if (EndsGenerator(e)) gen.AsyncClosed = true;
        gen.RunningAsync = false;
        return e;
    }

    /// <summary>StopAsyncIteration or GeneratorExit: the exceptions that leave an asynchronous generator closed.</summary>
    public static bool EndsGenerator(PyException e) =>
        e.Value.Type.IsSubtypeOf(ExceptionTypes.StopAsyncIteration) || e.Value.Type.IsSubtypeOf(ExceptionTypes.GeneratorExit);

    // async_gen_unwrap_value: a yielded value ends the await (StopIteration with it), the frame's return is
    // StopAsyncIteration, what an await in the frame yielded is returned as it is.
    private static PyValue Unwrap(PyGenerator gen, bool yielded, PyValue result)
    {
        if (!yielded)
        {
            result.DecRef();
            throw Failed(gen, PyErr.New(ExceptionTypes.StopAsyncIteration));
        }
        if (gen.YieldedValue)
        {
            gen.RunningAsync = false;
            throw PyGenerator.StopIterationOf(result);
        }
        return result;
    }
}
