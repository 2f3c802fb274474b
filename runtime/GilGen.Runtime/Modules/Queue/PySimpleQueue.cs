using System;
using System.Collections.Generic;
using System.Threading;

namespace GilGen.Runtime;

/// <summary>
/// <c>queue.SimpleQueue</c> (<c>_queue.SimpleQueue</c>): an unbounded FIFO queue written in C in CPython, so each
/// <c>put</c> and <c>get</c> is one atomic step here (no checkpoint inside). A <c>get</c> that has to wait gives
/// the GIL up while it waits, as CPython's does.
/// </summary>
public sealed class PySimpleQueue : PyObject
{
    /// <summary>The class <c>_queue.SimpleQueue</c>.</summary>
    public static readonly PyType SimpleQueueType = CreateType();

    // Items are owned references. _gate guards them: a waiting get holds it without the GIL.
    private readonly Queue<PyValue> _items = new();
    private readonly object _gate = new();

    // Getters waiting inside a deterministic scheduler, which a put must tell.
    private ScheduledWaiters _scheduledWaiters;

    /// <inheritdoc/>
    public override PyType Type => SimpleQueueType;

    /// <summary><c>put(item)</c>: appends a new reference to <paramref name="item"/> and wakes one waiting getter.</summary>
    public void Put(PyValue item)
    {
        item.IncRef();
        lock (_gate)
        {
            _items.Enqueue(item);
            Monitor.Pulse(_gate);
        }
        _scheduledWaiters.Notify();
    }

    /// <summary><c>get(block, timeout)</c>: the oldest item (a new reference), or <c>_queue.Empty</c> when none came in time.</summary>
    public PyValue Get(ThreadState ts, WaitDeadline deadline)
    {
        lock (_gate)
        {
            if (_items.Count > 0) return _items.Dequeue();
        }
        if (deadline.HasPassed) throw PyErr.New(QueueModule.EmptyType);
        if (DeterministicScheduler.Of(ts) is DeterministicScheduler scheduler)
        {
            // Ready once an item is there; nobody runs between the scheduler's choice and the dequeue.
            if (_scheduledWaiters.Wait(scheduler, ts, () => Count > 0, deadline, new WaitTarget("an item of a SimpleQueue")))
            {
                lock (_gate) return _items.Dequeue();
            }
            throw PyErr.New(QueueModule.EmptyType);
        }
        using (ts.AllowThreads())
        {
            lock (_gate)
            {
                while (_items.Count == 0)
                {
                    int ms = deadline.RemainingMilliseconds;
                    if (ms == 0) break;
                    Monitor.Wait(_gate, ms);
                }
                if (_items.Count > 0) return _items.Dequeue();
            }
        }
        throw PyErr.New(QueueModule.EmptyType);
    }

    /// <summary>The number of items (<c>qsize()</c>).</summary>
    public int Count
    {
        get { lock (_gate) return _items.Count; }
    }

    /// <inheritdoc/>
    public override void Dealloc()
    {
        PyValue[] items;
        lock (_gate)
        {
            items = _items.ToArray();
            _items.Clear();
        }
        foreach (PyValue v in items) v.DecRefFromDealloc();
    }

    private static PySimpleQueue Self(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is PySimpleQueue q ? q : throw PyErr.TypeError("descriptor requires a '_queue.SimpleQueue' object");

    // get()'s (block=True, timeout=None), with _queue's messages.
    private static WaitDeadline ParseGetTimeout(ThreadState ts, PyValue blockArg, PyValue timeoutArg)
    {
        bool block = blockArg.IsUnbound || Ops.IsTrue(ts, blockArg);
        if (!block) return WaitDeadline.After(0);
        if (timeoutArg.IsUnbound || timeoutArg.IsNone) return WaitDeadline.Never;
        double timeout = CallArguments.ToSeconds(timeoutArg);
        if (timeout < 0) throw PyErr.ValueError("'timeout' must be a non-negative number");
        return WaitDeadline.After(timeout, ts.Interp.Clock);
    }

    private static PyType CreateType()
    {
        var type = new PyType("SimpleQueue", PyType.Object, (ts, t, a, kw) =>
        {
            CallArguments.Bind("SimpleQueue", a, kw, Array.Empty<string>(), 0);
            return PyValue.From(new PySimpleQueue());
        }) { Module = "_queue", IsBaseType = false };
        type.AddMethod("put", (ts, a, kw) =>
        {
            PyValue[] p = CallArguments.Bind("put", a, kw, new[] { "item", "block", "timeout" }, 1, skip: 1);
            Self(a).Put(p[0]);
            return PyValue.None;
        });
        type.AddMethod("put_nowait", (ts, a, kw) =>
        {
            PyValue[] p = CallArguments.Bind("put_nowait", a, kw, new[] { "item" }, 1, skip: 1);
            Self(a).Put(p[0]);
            return PyValue.None;
        });
        type.AddMethod("get", (ts, a, kw) =>
        {
            PyValue[] p = CallArguments.Bind("get", a, kw, new[] { "block", "timeout" }, 0, skip: 1);
            return Self(a).Get(ts, ParseGetTimeout(ts, p[0], p[1]));
        });
        type.AddMethod("get_nowait", (ts, a, kw) =>
        {
            CallArguments.Bind("get_nowait", a, kw, Array.Empty<string>(), 0, skip: 1);
            return Self(a).Get(ts, WaitDeadline.After(0));
        });
        type.AddMethod("empty", (ts, a, kw) =>
        {
            CallArguments.Bind("empty", a, kw, Array.Empty<string>(), 0, skip: 1);
            return PyValue.Bool(Self(a).Count == 0);
        });
        type.AddMethod("qsize", (ts, a, kw) =>
        {
            CallArguments.Bind("qsize", a, kw, Array.Empty<string>(), 0, skip: 1);
            return PyValue.Int(Self(a).Count);
        });
        return type;
    }
}
