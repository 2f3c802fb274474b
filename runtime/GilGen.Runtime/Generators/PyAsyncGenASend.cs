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
        PyException? failed;
        // Thrown after the catch, not in it (a recursion through awaits would keep a dispatch per level on the stack).
        try { return AsyncGenSteps.Send(ts, _gen, arg); }
        catch (PyException e) { _state = AsyncGenAwaitableState.Closed; failed = e; }
        throw failed;
    }

    /// <summary>async_gen_asend_throw.</summary>
    protected override PyValue Throw(ThreadState ts, PyException exc)
    {
        if (_state == AsyncGenAwaitableState.Closed)
        {
            exc.Value.DecRef();
            throw PyErr.RuntimeError("cannot reuse already awaited __anext__()/asend()");
        }
        PyException? failed;
        try { return AsyncGenSteps.Throw(ts, _gen, exc, closeOnGenExit: true); }
        catch (PyException e) { _state = AsyncGenAwaitableState.Closed; failed = e; }
        throw failed;
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
        v.DecRefFromDealloc();
        PyValue.From(_gen).DecRefFromDealloc();
    }
}
