using System;

namespace GilGen.Runtime;

/// <summary>
/// <c>multiprocessing.Lock</c> and <c>RLock</c>: one interpreter's handle on a lock every process holding a handle
/// shares (CPython's SemLock over a POSIX semaphore). The lock is a <see cref="ThreadLock"/>, which belongs to no
/// interpreter; waiting releases only the waiting interpreter's GIL. Copying the handle to another process (an
/// argument of Process or Pool) gives that process a handle on the same lock.
/// </summary>
internal sealed class PyProcessLock : PyObject
{
    /// <summary>The lock all handles share; for an RLock, its owner thread and depth too.</summary>
    internal sealed class Core(bool recursive)
    {
        public readonly ThreadLock Lock = new();
        public readonly bool Recursive = recursive;
        // Owner and Count change only while Lock is held, by its holder.
        public ThreadState? Owner;
        public int Count;
    }

    /// <summary>The class of <c>multiprocessing.Lock()</c>.</summary>
    public static readonly PyType LockType = CreateType("Lock");
    /// <summary>The class of <c>multiprocessing.RLock()</c>.</summary>
    public static readonly PyType RLockType = CreateType("RLock");

    /// <summary>The shared lock.</summary>
    public readonly Core Shared;

    public PyProcessLock(Core shared) => Shared = shared;

    /// <inheritdoc/>
    public override PyType Type => Shared.Recursive ? RLockType : LockType;

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        // CPython names the owner "Process-1|Thread-1" style; GilGen says whether this thread or another holds it.
        var owner = Shared.Owner;
        if (Shared.Recursive)
            return owner == null || !Shared.Lock.IsLocked ? "<RLock(None, 0)>" : $"<RLock({(ReferenceEquals(owner, ts) ? "MainThread" : "SomeOtherThread")}, {Shared.Count})>";
        return !Shared.Lock.IsLocked ? "<Lock(owner=None)>" : $"<Lock(owner={(ReferenceEquals(owner, ts) ? "MainThread" : "SomeOtherThread")})>";
    }

    private bool Acquire(ThreadState ts, WaitDeadline deadline)
    {
        var core = Shared;
        if (core.Recursive && ReferenceEquals(core.Owner, ts) && core.Lock.IsLocked)
        {
            core.Count++;
            return true;
        }
        if (!core.Lock.Acquire(ts, deadline)) return false;
        core.Owner = ts;
        core.Count = 1;
        return true;
    }

    private void Release(ThreadState ts)
    {
        var core = Shared;
        if (core.Recursive)
        {
            if (!core.Lock.IsLocked || !ReferenceEquals(core.Owner, ts))
                throw PyErr.New(ExceptionTypes.AssertionError, "attempt to release recursive lock not owned by thread");
            if (--core.Count > 0) return;
        }
        else if (!core.Lock.IsLocked) throw PyErr.ValueError("semaphore or lock released too many times");
        core.Owner = null;
        core.Count = 0;
        core.Lock.Release();
    }

    private static PyProcessLock Self(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is PyProcessLock l ? l : throw PyErr.TypeError("descriptor requires a multiprocessing lock");

    // SemLock.acquire(block=True, timeout=None): a negative timeout is no wait.
    private static PyValue AcquireMethod(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        var self = Self(a);
        var p = CallArguments.Bind("acquire", a, kw, new[] { "block", "timeout" }, 0, skip: 1);
        bool block = p[0].IsUnbound || Ops.IsTrue(ts, p[0]);
        var deadline = !block ? WaitDeadline.After(0)
            : p[1].IsUnbound || p[1].IsNone ? WaitDeadline.Never
            : WaitDeadline.After(Math.Max(0, CallArguments.ToSeconds(p[1])));
        return PyValue.Bool(self.Acquire(ts, deadline));
    }

    private static PyType CreateType(string name)
    {
        var type = new PyType(name, PyType.Object) { Module = "multiprocessing.synchronize", IsBaseType = false };
        type.AddMethod("acquire", AcquireMethod);
        type.AddMethod("__enter__", AcquireMethod);
        type.AddMethod("release", (ts, a, kw) => { Self(a).Release(ts); return PyValue.None; });
        type.AddMethod("__exit__", (ts, a, kw) => { Self(a).Release(ts); return PyValue.None; });
        return type;
    }
}
