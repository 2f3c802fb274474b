using System;

namespace GilGen.Runtime;

/// <summary>
/// What an asynchronous generator's <c>__anext__()</c> and <c>asend(value)</c> return (CPython's
/// <c>async_generator_asend</c>): an awaitable whose iteration resumes the generator. A value the generator's
/// frame yields ends the await (StopIteration carrying it); what an <c>await</c> inside the frame yields passes through
/// to whatever drives the awaitable (the event loop); the frame's end is StopAsyncIteration.
/// </summary>
public sealed class PyAsyncGenASend : PyObject
{
    /// <summary>The class <c>async_generator_asend</c>.</summary>
    public static readonly PyType TypeObject = new("async_generator_asend", PyType.Object) { IsBaseType = false };

    private readonly PyGenerator _gen;
    private PyValue _sendValue;
    private AsyncGenAwaitableState _state;

    static PyAsyncGenASend()
    {
        TypeObject.AddMethod("__await__", (ts, a, kw) => Of(a).NewRefToSelf());
        TypeObject.AddMethod("__iter__", (ts, a, kw) => Of(a).NewRefToSelf());
        TypeObject.AddMethod("__next__", (ts, a, kw) => Of(a).Send(ts, PyValue.None));
        TypeObject.AddMethod("send", (ts, a, kw) =>
        {
            new BuiltinArguments("send", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            return Of(a).Send(ts, a[1]);
        });
        TypeObject.AddMethod("throw", (ts, a, kw) =>
        {
            if (a.Length < 2) throw PyErr.TypeError("throw expected at least 1 argument, got 0");
            if (a.Length > 4) throw PyErr.TypeError($"throw expected at most 3 arguments, got {a.Length - 1}");
            return Of(a).Throw(ts, GeneratorMethods.ExceptionToThrow(ts, a.Slice(1)));
        });
        TypeObject.AddMethod("close", (ts, a, kw) =>
        {
            Of(a)._state = AsyncGenAwaitableState.Closed;
            return PyValue.None;
        });
    }

    /// <summary>The awaitable of <c>gen.asend(value)</c> (<paramref name="value"/> borrowed; None for <c>__anext__</c>).</summary>
    internal PyAsyncGenASend(PyGenerator gen, PyValue value)
    {
        _gen = gen;
        PyValue.From(gen).IncRef();
        _sendValue = value.NewRef();
    }

    private static PyAsyncGenASend Of(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is PyAsyncGenASend s ? s : throw PyErr.TypeError("descriptor requires a 'async_generator_asend' object");

    private PyValue NewRefToSelf() => PyValue.From(this).NewRef();

    /// <inheritdoc/>
    public override PyType Type => TypeObject;

    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => NewRefToSelf();

    /// <inheritdoc/>
    public override bool Next(ThreadState ts, out PyValue next)
    {
        next = Send(ts, PyValue.None);
        return true;
    }

    // async_gen_asend_send
    private PyValue Send(ThreadState ts, PyValue arg)
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

    // async_gen_asend_throw
    private PyValue Throw(ThreadState ts, PyException exc)
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
