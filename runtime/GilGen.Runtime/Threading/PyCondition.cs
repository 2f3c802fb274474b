using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// <c>threading.Condition(lock=None)</c> over a Lock or RLock (a new RLock by default), with threading.py's
/// algorithm: each waiter blocks on a lock of its own that <c>notify</c> releases, so the GIL is free while
/// it waits and notified waiters wake in FIFO order.
/// </summary>
public sealed class PyCondition : PyObject
{
    /// <summary>The class <c>threading.Condition</c>.</summary>
    public static readonly PyType ConditionType = CreateType();

    private readonly PyValue _lock;
    private readonly LinkedList<ThreadLock> _waiters = new();

    private PyCondition(PyValue lockObject)
    {
        lockObject.IncRef();
        _lock = lockObject;
    }

    /// <inheritdoc/>
    public override PyType Type => ConditionType;

    private bool IsOwnedBy(ThreadState ts) => _lock.Obj switch
    {
        PyRLock r => r.IsOwnedBy(ts),
        // threading.py's fallback for a plain Lock: owned means "locked" (by anybody).
        PyLock l => l.IsLocked,
        _ => false,
    };

    /// <summary><c>wait(timeout=None)</c>: false when the timeout passed first.</summary>
    public bool Wait(ThreadState ts, double? timeout)
    {
        if (!IsOwnedBy(ts)) throw PyErr.RuntimeError("cannot wait on un-acquired lock");
        var waiter = new ThreadLock();
        waiter.TryAcquire();
        LinkedListNode<ThreadLock> node = _waiters.AddLast(waiter);
        long saved = ReleaseSave(ts);
        bool gotIt = false;
        try
        {
            gotIt = waiter.Acquire(ts, WaitDeadline.From(timeout is double s ? Math.Max(s, 0) : null));
            return gotIt;
        }
        finally
        {
            AcquireRestore(ts, saved);
            if (!gotIt && node.List != null) _waiters.Remove(node);
        }
    }

    /// <summary><c>notify(n=1)</c>: wakes up to <paramref name="n"/> waiters, oldest first.</summary>
    public void Notify(ThreadState ts, long n)
    {
        if (!IsOwnedBy(ts)) throw PyErr.RuntimeError("cannot notify on un-acquired lock");
        while (n-- > 0 && _waiters.First is LinkedListNode<ThreadLock> first)
        {
            _waiters.RemoveFirst();
            first.Value.Release();
        }
    }

    private long ReleaseSave(ThreadState ts)
    {
        switch (_lock.Obj)
        {
            case PyRLock r: return r.ReleaseAll(ts);
            case PyLock l: l.Release(); return 1;
            default: throw PyErr.TypeError("Condition lock must be a threading.Lock or threading.RLock");
        }
    }

    private void AcquireRestore(ThreadState ts, long saved)
    {
        if (_lock.Obj is PyRLock r) r.AcquireAll(ts, saved);
        else ((PyLock)_lock.Obj!).Acquire(ts, WaitDeadline.Never);
    }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => $"<Condition({_lock.Obj!.ReprString(ts)}, {_waiters.Count})>";

    /// <inheritdoc/>
    public override void Dealloc() => _lock.DecRef();

    private static PyCondition Self(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is PyCondition c ? c : throw PyErr.TypeError("descriptor requires a 'threading.Condition' object");

    /// <summary>Calls the lock's method of that name with the arguments after self.</summary>
    private static PyValue ForwardToLock(ThreadState ts, string method, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        PyValue bound = Ops.GetAttr(ts, Self(a)._lock, method);
        try
        {
            return Ops.Call(ts, bound, a.Slice(1), kw);
        }
        finally
        {
            bound.DecRef();
        }
    }

    private static PyType CreateType()
    {
        var type = new PyType("Condition", PyType.Object, (ts, t, a, kw) =>
        {
            PyValue[] p = CallArguments.Bind("Condition", a, kw, new[] { "lock" }, 0);
            if (p[0].IsUnbound || p[0].IsNone)
            {
                PyValue fresh = PyValue.From(new PyRLock());
                var made = new PyCondition(fresh);
                fresh.DecRef();
                return PyValue.From(made);
            }
            if (p[0].Obj is not (PyLock or PyRLock))
                throw PyErr.TypeError("Condition lock must be a threading.Lock or threading.RLock");
            return PyValue.From(new PyCondition(p[0]));
        }) { Module = "threading", IsBaseType = false };
        type.AddMethod("acquire", (ts, a, kw) => ForwardToLock(ts, "acquire", a, kw));
        type.AddMethod("__enter__", (ts, a, kw) => ForwardToLock(ts, "__enter__", a, kw));
        type.AddMethod("release", (ts, a, kw) => ForwardToLock(ts, "release", a, kw));
        type.AddMethod("__exit__", (ts, a, kw) => ForwardToLock(ts, "__exit__", a, kw));
        type.AddMethod("wait", (ts, a, kw) =>
        {
            PyValue[] p = CallArguments.Bind("wait", a, kw, new[] { "timeout" }, 0, skip: 1);
            double? timeout = p[0].IsUnbound || p[0].IsNone ? null : CallArguments.ToSeconds(p[0]);
            return PyValue.Bool(Self(a).Wait(ts, timeout));
        });
        type.AddMethod("wait_for", (ts, a, kw) =>
        {
            PyValue[] p = CallArguments.Bind("wait_for", a, kw, new[] { "predicate", "timeout" }, 1, skip: 1);
            PyCondition self = Self(a);
            double? timeout = p[1].IsUnbound || p[1].IsNone ? null : CallArguments.ToSeconds(p[1]);
            WaitDeadline deadline = WaitDeadline.From(timeout);
            while (true)
            {
                PyValue result = Ops.Call(ts, p[0], ReadOnlySpan<PyValue>.Empty, null);
                if (Ops.IsTrue(ts, result) || (timeout != null && deadline.HasPassed)) return result;
                result.DecRef();
                double? left = deadline.IsNever ? null : deadline.RemainingMilliseconds / 1000.0;
                self.Wait(ts, left);
            }
        });
        BuiltinBody notify = (ts, a, kw) =>
        {
            PyValue[] p = CallArguments.Bind("notify", a, kw, new[] { "n" }, 0, skip: 1);
            Self(a).Notify(ts, p[0].IsUnbound ? 1 : CallArguments.ToInteger(p[0]));
            return PyValue.None;
        };
        type.AddMethod("notify", notify);
        BuiltinBody notifyAll = (ts, a, kw) =>
        {
            CallArguments.Bind("notify_all", a, kw, Array.Empty<string>(), 0, skip: 1);
            Self(a).Notify(ts, long.MaxValue);
            return PyValue.None;
        };
        type.AddMethod("notify_all", notifyAll);
        type.AddMethod("notifyAll", notifyAll);
        return type;
    }
}
