using System;

namespace GilGen.Runtime;

/// <summary>
/// <c>threading.RLock</c> (<c>_thread.RLock</c>): re-entrant; only the owning thread may release it, as many
/// times as it acquired it.
/// </summary>
public sealed class PyRLock : PyObject
{
    /// <summary>The class <c>_thread.RLock</c>.</summary>
    public static readonly PyType RLockType = CreateType();

    private readonly ThreadLock _lock;

    /// <summary>A new, unlocked lock.</summary>
    public PyRLock() => _lock = new ThreadLock(this);
    // Owner ident and count change only by the owner, with the GIL held; others only compare the owner.
    private long _owner;
    private long _count;

    /// <inheritdoc/>
    public override PyType Type => RLockType;

    /// <summary>True while some thread holds the lock.</summary>
    public bool IsLocked => _lock.IsLocked;

    /// <summary>How many times the owner holds the lock (0 when free).</summary>
    internal long Count => _count;

    /// <summary>
    /// The fork child's copy of a recursive lock (Interpreters/ForkSnapshot.cs): one the forking thread held is held
    /// by the child's main thread (the forking thread's copy) at the same depth; one another thread held stays held
    /// by an owner that does not exist in the child, as after fork(2).
    /// </summary>
    internal static PyRLock Forked(ThreadState child, bool held, bool heldByForkingThread, long count)
    {
        var copy = new PyRLock();
        if (!held) return copy;
        copy._lock.TryAcquire();
        copy._owner = heldByForkingThread ? child.Ident : -1;
        copy._count = count;
        return copy;
    }

    /// <summary>True when the calling thread owns the lock (Condition's <c>_is_owned</c>).</summary>
    public bool IsOwnedBy(ThreadState ts) => _count > 0 && _owner == ts.Ident;

    /// <summary><c>acquire(blocking, timeout)</c> once the arguments are checked.</summary>
    public bool Acquire(ThreadState ts, WaitDeadline deadline)
    {
        if (IsOwnedBy(ts))
        {
            _count++;
            return true;
        }
        if (!_lock.Acquire(ts, deadline)) return false;
        _owner = ts.Ident;
        _count = 1;
        return true;
    }

    /// <summary><c>release()</c>: RuntimeError "cannot release un-acquired lock" unless owned by the caller.</summary>
    public void Release(ThreadState ts)
    {
        if (!IsOwnedBy(ts)) throw PyErr.RuntimeError("cannot release un-acquired lock");
        if (--_count == 0)
        {
            _owner = 0;
            _lock.Release();
        }
    }

    /// <summary>Condition.wait's <c>_release_save</c>: releases every level, returning what to restore.</summary>
    internal long ReleaseAll(ThreadState ts)
    {
        if (_count == 0) throw PyErr.RuntimeError("cannot release un-acquired lock");
        long count = _count;
        _count = 0;
        _owner = 0;
        _lock.Release();
        return count;
    }

    /// <summary>Condition.wait's <c>_acquire_restore</c>: waits for the lock and restores the count.</summary>
    internal void AcquireAll(ThreadState ts, long count)
    {
        _lock.Acquire(ts, WaitDeadline.Never);
        _owner = ts.Ident;
        _count = count;
    }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) =>
        $"<{(_lock.IsLocked ? "locked" : "unlocked")} _thread.RLock object owner={_owner} count={_count} at 0x{ObjectId.Of(this):x}>";

    private static PyRLock Self(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is PyRLock l ? l : throw PyErr.TypeError("descriptor requires a '_thread.RLock' object");

    private static PyValue AcquireMethod(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        var self = Self(a);
        return PyValue.Bool(self.Acquire(ts, LockTimeout.OfAcquire(ts, a, kw)));
    }

    private static PyType CreateType()
    {
        var type = new PyType("RLock", PyType.Object, (ts, t, a, kw) =>
        {
            CallArguments.Bind("RLock", a, kw, Array.Empty<string>(), 0);
            return PyValue.From(new PyRLock());
        }) { Module = "_thread", IsBaseType = false };
        type.AddMethod("acquire", AcquireMethod);
        type.AddMethod("__enter__", AcquireMethod);
        type.AddMethod("release", (ts, a, kw) => { Self(a).Release(ts); return PyValue.None; });
        type.AddMethod("__exit__", (ts, a, kw) => { Self(a).Release(ts); return PyValue.None; });
        type.AddMethod("_is_owned", (ts, a, kw) => PyValue.Bool(Self(a).IsOwnedBy(ts)));
        // Condition.wait's protocol with an RLock (threading.py): release every level, later take them back.
        type.AddMethod("_release_save", (ts, a, kw) =>
        {
            CallArguments.Bind("_release_save", a, kw, Array.Empty<string>(), 0, skip: 1);
            PyRLock l = Self(a);
            long owner = l._owner;
            long count = l.ReleaseAll(ts);
            return PyValue.From(new PyTuple(new[] { PyValue.Int(count), PyValue.Int(owner) }));
        });
        type.AddMethod("_acquire_restore", (ts, a, kw) =>
        {
            PyValue[] p = CallArguments.Bind("_acquire_restore", a, kw, new[] { "state" }, 1, skip: 1);
            if (p[0].Obj is not PyTuple { Items.Length: 2 } state) throw PyErr.TypeError("_acquire_restore() argument 1 must be tuple");
            Self(a).AcquireAll(ts, CallArguments.ToInteger(state.Items[0]));
            return PyValue.None;
        });
        return type;
    }
}
