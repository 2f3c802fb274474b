using System;

namespace GilGen.Runtime;

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
        PyException? failed = null;
        // Thrown after the catch, not in it (a recursion through awaits would keep a dispatch per level on the stack).
        try { yielded = gen.Resume(ts, ResumeMode.Send, value, null, closing: false, argIsNull: false, out result); }
        catch (PyException e) { failed = Failed(gen, e); yielded = false; result = default; }
        if (failed != null) throw failed;
        return Unwrap(gen, yielded, result);
    }

    /// <summary>Raises <paramref name="exc"/> (owned) in the frame (forwarded to the <c>await</c> it is suspended in, if any).</summary>
    public static PyValue Throw(ThreadState ts, PyGenerator gen, PyException exc, bool closeOnGenExit)
    {
        bool yielded;
        PyValue result;
        PyException? failed = null;
        try { yielded = gen.ThrowCore(ts, exc, closeOnGenExit, out result); }
        catch (PyException e) { failed = Failed(gen, e); yielded = false; result = default; }
        if (failed != null) throw failed;
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
