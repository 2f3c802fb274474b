using System;

namespace GilGen.Runtime;

/// <summary>The operations generated generator and coroutine code performs: yield from, await, resumption.</summary>
public static class GeneratorOps
{
    /// <summary>
    /// YIELD_FROM: sends <paramref name="value"/> (borrowed; None means next()) to <paramref name="receiver"/>.
    /// True when the receiver yielded (<paramref name="result"/> is the value to yield on), false when it
    /// finished (<paramref name="result"/> is its return value, the value of the yield from). New references.
    /// </summary>
    public static bool YieldFromStep(ThreadState ts, PyValue receiver, PyValue value, out PyValue result)
    {
        if (receiver.Obj is PyGenerator g)
            return g.Resume(ts, ResumeMode.Send, value, null, closing: false, argIsNull: false, out result);
        try
        {
            if (value.IsNone)
            {
                var o = receiver.Obj!;
                if (o.Type.IsOutsideBuiltins && o.Type.Lookup("__next__") is PyValue m && m.Obj is PyFunction)
                {
                    // The receiver stays on the delegating frame's stack: hold it across the call.
                    receiver.IncRef();
                    try { result = Ops.Call(ts, m, new[] { receiver }, null); }
                    finally { receiver.DecRef(); }
                    return true;
                }
                if (o.Next(ts, out result)) return true;
                result = PyValue.None;
                return false;
            }
            var send = Ops.GetAttr(ts, receiver, "send");
            value.IncRef();
            try { result = Ops.Call(ts, send, new[] { value }, null); }
            finally { send.DecRef(); value.DecRef(); }
            return true;
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            result = PyGenerator.StopIterationValue(e);
            e.Value.DecRef();
            return false;
        }
    }

    /// <summary>
    /// YIELD_FROM in a generator whose frame is split: <see cref="YieldFromStep"/>, and <paramref name="value"/>'s
    /// reference is consumed, also when the step raises (CPython 3.12's SEND releases its input before the error).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool YieldFromStepConsuming(ThreadState ts, PyValue receiver, PyValue value, out PyValue result)
    {
        // next() sends None, which is immortal, and an inline value holds no reference: nothing to release, so the step
        // runs without the try/finally (a recursive yield from passes every value through one step per level).
        if (value.Obj is null or PyNone) return YieldFromStep(ts, receiver, value, out result);
        return YieldFromStepReleasing(ts, receiver, value, out result);
    }

    private static bool YieldFromStepReleasing(ThreadState ts, PyValue receiver, PyValue value, out PyValue result)
    {
        try { return YieldFromStep(ts, receiver, value, out result); }
        finally { value.DecRef(); }
    }

    /// <summary>
    /// next(it[, default]) when <paramref name="it"/> is a generator or a coroutine's __await__ iterator,
    /// whose return value travels in the StopIteration; false for any other iterator.
    /// </summary>
    public static bool TryBuiltinNext(ThreadState ts, PyValue it, PyValue? defaultValue, out PyValue result)
    {
        PyGenerator? g = it.Obj switch
        {
            PyGenerator { IsGenerator: true } gen => gen,
            PyCoroutineWrapper w => w.Coroutine,
            _ => null,
        };
        if (g == null)
        {
            result = default;
            return false;
        }
        if (defaultValue is not PyValue d)
        {
            result = g.NextOrStop(ts);
            return true;
        }
        if (g.Resume(ts, ResumeMode.Send, PyValue.None, null, closing: false, argIsNull: true, out result)) return true;
        result.DecRef();
        result = d.NewRef();
        return true;
    }

    /// <summary>GET_YIELD_FROM_ITER: a generator or coroutine is its own iterator; anything else goes through iter().</summary>
    public static PyValue GetYieldFromIter(ThreadState ts, PyValue iterable, bool inCoroutine)
    {
        if (iterable.Obj is PyGenerator g && g.Kind != GeneratorKind.AsyncGenerator)
        {
            if (g.IsCoroutine && !inCoroutine)
                throw PyErr.TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            return iterable.NewRef();
        }
        return Ops.GetIter(ts, iterable);
    }

    /// <summary>GET_AWAITABLE (_PyCoro_GetAwaitableIter): a coroutine itself, else the iterator its __await__ returns.</summary>
    public static PyValue GetAwaitable(ThreadState ts, PyValue awaitable)
    {
        if (awaitable.Obj is PyGenerator { IsCoroutine: true } c)
        {
            if (c.Delegate is not null) throw PyErr.RuntimeError("coroutine is being awaited already");
            return awaitable.NewRef();
        }
        var method = awaitable.Obj is null || awaitable.Obj is PyGenerator { Kind: not GeneratorKind.AsyncGenerator } ? null : awaitable.Type.Lookup("__await__");
        if (method is not PyValue m)
            throw PyErr.TypeError($"object {awaitable.Type.Name} can't be used in 'await' expression");
        var it = Ops.Call(ts, m, new[] { awaitable }, null);
        if (it.Obj is PyGenerator { IsCoroutine: true })
        {
            it.DecRef();
            throw PyErr.TypeError("__await__() returned a coroutine");
        }
        if (it.Obj is null || !IsIterator(it))
        {
            string name = it.Type.Name;
            it.DecRef();
            throw PyErr.TypeError($"__await__() returned non-iterator of type '{name}'");
        }
        return it;
    }

    private static bool IsIterator(PyValue v) =>
        v.Obj is PyGenerator { Kind: not GeneratorKind.AsyncGenerator } or PyCoroutineWrapper || v.Type.Lookup("__next__") is not null
        || v.Obj is PyRangeIterator or PySequenceIterator or PyTableIterator or PyDerivedIterator or PyGetItemIterator;

    /// <summary>
    /// The exception a resumed frame raises where it stopped; like any raise inside a handler it takes
    /// the frame's handled exception as its __context__.
    /// </summary>
    public static PyException ThrownAtResume(ThreadState ts, GeneratorFrame frame)
    {
        var e = frame.TakeThrown();
        Ops.SetContext(ts, e.Instance);
        return e;
    }
}
