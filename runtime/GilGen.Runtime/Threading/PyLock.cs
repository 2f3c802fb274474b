using System;

namespace GilGen.Runtime;

/// <summary>
/// <c>threading.Lock</c> (<c>_thread.lock</c>): not re-entrant, releasable by any thread. A wait gives the
/// GIL up; taking a free lock does not.
/// </summary>
public sealed class PyLock : PyObject
{
    /// <summary>The class <c>_thread.lock</c>, which <c>threading.Lock</c> names.</summary>
    public static readonly PyType LockType = CreateType();

    private readonly ThreadLock _lock;

    /// <summary>A new, unlocked lock.</summary>
    public PyLock() => _lock = new ThreadLock(this);

    /// <inheritdoc/>
    public override PyType Type => LockType;

    /// <summary><c>locked()</c>.</summary>
    public bool IsLocked => _lock.IsLocked;

    /// <summary>
    /// The fork child's copy of a lock (Interpreters/ForkSnapshot.cs): held when the parent's was, as after fork(2),
    /// where a lock another thread held stays held in the child, whose copy of that thread does not exist.
    /// </summary>
    internal static PyLock Forked(bool held)
    {
        var copy = new PyLock();
        if (held) copy._lock.TryAcquire();
        return copy;
    }

    /// <summary>The underlying lock, for Condition's ownership test.</summary>
    internal ThreadLock Lock => _lock;

    /// <summary><c>acquire(blocking, timeout)</c> once the arguments are checked.</summary>
    public bool Acquire(ThreadState ts, WaitDeadline deadline) => _lock.Acquire(ts, deadline);

    /// <summary><c>release()</c>: RuntimeError "release unlocked lock" when not held.</summary>
    public void Release()
    {
        if (!_lock.IsLocked) throw PyErr.RuntimeError("release unlocked lock");
        _lock.Release();
    }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) =>
        $"<{(IsLocked ? "locked" : "unlocked")} _thread.lock object at 0x{ObjectId.Of(this):x}>";

    private static PyLock Self(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is PyLock l ? l : throw PyErr.TypeError("descriptor requires a '_thread.lock' object");

    private static PyValue AcquireMethod(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        var self = Self(a);
        return PyValue.Bool(self.Acquire(ts, LockTimeout.OfAcquire(ts, a, kw)));
    }

    private static PyType CreateType()
    {
        var type = new PyType("lock", PyType.Object, (ts, t, a, kw) =>
        {
            CallArguments.Bind("lock", a, kw, Array.Empty<string>(), 0);
            return PyValue.From(new PyLock());
        }) { Module = "_thread", IsBaseType = false };
        type.AddMethod("acquire", AcquireMethod);
        type.AddMethod("acquire_lock", AcquireMethod);
        type.AddMethod("__enter__", AcquireMethod);
        type.AddMethod("release", (ts, a, kw) => { Self(a).Release(); return PyValue.None; });
        type.AddMethod("release_lock", (ts, a, kw) => { Self(a).Release(); return PyValue.None; });
        type.AddMethod("__exit__", (ts, a, kw) => { Self(a).Release(); return PyValue.None; });
        type.AddMethod("locked", (ts, a, kw) => PyValue.Bool(Self(a).IsLocked));
        type.AddMethod("locked_lock", (ts, a, kw) => PyValue.Bool(Self(a).IsLocked));
        return type;
    }
}
