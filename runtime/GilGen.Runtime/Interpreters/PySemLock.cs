using System;
using System.Globalization;

namespace GilGen.Runtime;

/// <summary>
/// <c>multiprocessing.Lock</c>, <c>RLock</c>, <c>Semaphore</c> and <c>BoundedSemaphore</c> (CPython's
/// <c>_multiprocessing.SemLock</c> and the classes of <c>multiprocessing.synchronize</c> over it): one process's
/// handle on a <see cref="SharedSemaphore"/> that every process holding a handle shares. Like CPython's SemLock
/// object, a handle counts its own acquisitions and remembers the thread that made the last one, so ownership
/// (<c>_is_mine</c>, an RLock's depth) is per process. Waiting releases only the waiting interpreter's GIL. The
/// handle crosses to another process only as an argument of Process or a Pool's initargs (inheritance); any
/// other copy raises CPython's RuntimeError (<see cref="CrossInterpreterCopy"/>).
/// </summary>
internal sealed class PySemLock : PyObject
{
    /// <summary>CPython's SEM_VALUE_MAX on Linux: an unbounded Semaphore's maximum.</summary>
    public const int SemValueMax = int.MaxValue;

    /// <summary>The class of <c>multiprocessing.Lock()</c>.</summary>
    public static readonly PyType LockType = CreateType("Lock", withValue: false);
    /// <summary>The class of <c>multiprocessing.RLock()</c>.</summary>
    public static readonly PyType RLockType = CreateType("RLock", withValue: false);
    /// <summary>The class of <c>multiprocessing.Semaphore()</c>.</summary>
    public static readonly PyType SemaphoreType = CreateType("Semaphore", withValue: true);
    /// <summary>The class of <c>multiprocessing.BoundedSemaphore()</c>.</summary>
    public static readonly PyType BoundedSemaphoreType = CreateType("BoundedSemaphore", withValue: true);

    private readonly PyType _type;
    // This handle's acquisitions not yet released, and the thread of the last (CPython's count and last_tid).
    private int _count;
    private ThreadState? _lastThread;

    /// <summary>
    /// A handle of class <paramref name="type"/> on <paramref name="shared"/>; <paramref name="ofManager"/> for a
    /// lock a Manager made, which goes to other processes by any route, as CPython's proxies of the manager's lock.
    /// </summary>
    public PySemLock(SharedSemaphore shared, PyType type, bool ofManager = false)
    {
        Shared = shared;
        _type = type;
        OfManager = ofManager;
    }

    /// <summary>True for a Manager's Lock or RLock (any copy is allowed); false for multiprocessing's (inherited only).</summary>
    public bool OfManager { get; }

    /// <summary>The semaphore all handles share.</summary>
    public SharedSemaphore Shared { get; }

    /// <inheritdoc/>
    public override PyType Type => _type;

    /// <summary>A new Lock, RLock, Semaphore(<paramref name="value"/>) or BoundedSemaphore(<paramref name="value"/>), by class.</summary>
    public static PySemLock Create(PyType type, int value, bool ofManager = false)
    {
        if (ReferenceEquals(type, LockType)) return new PySemLock(new SharedSemaphore(1, 1, recursive: false), type, ofManager);
        if (ReferenceEquals(type, RLockType)) return new PySemLock(new SharedSemaphore(1, 1, recursive: true), type, ofManager);
        return new PySemLock(new SharedSemaphore(value, ReferenceEquals(type, SemaphoreType) ? SemValueMax : value, recursive: false), type);
    }

    private bool IsMine(ThreadState ts) => _count > 0 && ReferenceEquals(_lastThread, ts);

    /// <summary>SemLock.acquire: an RLock its thread holds is taken again at once.</summary>
    public bool Acquire(ThreadState ts, WaitDeadline deadline)
    {
        if (Shared.Recursive && IsMine(ts))
        {
            _count++;
            return true;
        }
        // The free case first, without the wait's closure (a lambda capturing a parameter is allocated on entry).
        if (!Shared.TryAcquire() && !AcquireWaiting(ts, deadline)) return false;
        _count++;
        _lastThread = ts;
        return true;
    }

    private bool AcquireWaiting(ThreadState ts, WaitDeadline deadline) => Shared.Acquire(ts, deadline, () => WaitTargetFor(ts));

    /// <summary>SemLock.release, with CPython's errors for an RLock not held and a bound overrun.</summary>
    public void Release(ThreadState ts)
    {
        if (Shared.Recursive)
        {
            if (!IsMine(ts)) throw PyErr.New(ExceptionTypes.AssertionError, "attempt to release recursive lock not owned by thread");
            if (_count > 1)
            {
                _count--;
                return;
            }
        }
        else if (Shared.Value >= Shared.MaxValue)
        {
            throw PyErr.ValueError("semaphore or lock released too many times");
        }
        Shared.Release();
        _count--;
    }

    // What a deadlock report names: "Lock `lock_a`" after the global of __main__ bound to this handle (how the
    // program names it), its repr otherwise; held by the thread of this process that took it last, if any.
    private WaitTarget WaitTargetFor(ThreadState ts)
    {
        string what = _type.Name + " " + ReprString(ts);
        if (ts.Interp.Modules.Find("__main__") is PyModule main)
        {
            foreach (GlobalSlot slot in main.BoundSlots())
            {
                if (ReferenceEquals(slot.Value.Obj, this))
                {
                    what = $"{_type.Name} `{slot.Name}`";
                    break;
                }
            }
        }
        return new WaitTarget(what, () => _count > 0 && Shared.Value == 0 ? _lastThread : null);
    }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        if (ReferenceEquals(_type, SemaphoreType)) return $"<Semaphore(value={Shared.Value})>";
        if (ReferenceEquals(_type, BoundedSemaphoreType)) return $"<BoundedSemaphore(value={Shared.Value}, maxvalue={Shared.MaxValue})>";
        // multiprocessing.synchronize's reprs: who holds the lock, as far as this process can tell.
        string name;
        string count = "0";
        if (ts != null && IsMine(ts))
        {
            name = ts.Interp.Worker?.Name ?? "MainProcess";
            string thread = ts.ThreadObject?.Name ?? "MainThread";
            if (thread != "MainThread") name += "|" + thread;
            count = _count.ToString(CultureInfo.InvariantCulture);
        }
        else if (Shared.Value == 1) name = "None";
        else
        {
            name = _count > 0 ? "SomeOtherThread" : "SomeOtherProcess";
            count = "nonzero";
        }
        return Shared.Recursive ? $"<RLock({name}, {count})>" : $"<Lock(owner={name})>";
    }

    private static PySemLock Self(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is PySemLock l ? l : throw PyErr.TypeError("descriptor requires a multiprocessing lock or semaphore");

    // SemLock.acquire(block=True, timeout=None): a negative timeout is no wait.
    private static PyValue AcquireMethod(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        var self = Self(a);
        if (a.Length == 1 && kw is null) return PyValue.Bool(self.Acquire(ts, WaitDeadline.Never));
        var p = CallArguments.Bind("acquire", a, kw, new[] { "block", "timeout" }, 0, skip: 1);
        bool block = p[0].IsUnbound || Ops.IsTrue(ts, p[0]);
        var deadline = !block ? WaitDeadline.After(0)
            : p[1].IsUnbound || p[1].IsNone ? WaitDeadline.Never
            : WaitDeadline.After(Math.Max(0, CallArguments.ToSeconds(p[1])), ts.Interp.Clock);
        return PyValue.Bool(self.Acquire(ts, deadline));
    }

    private static PyType CreateType(string name, bool withValue)
    {
        var type = new PyType(name, PyType.Object) { Module = "multiprocessing.synchronize", IsBaseType = false };
        type.AddMethod("acquire", AcquireMethod);
        type.AddMethod("__enter__", AcquireMethod);
        type.AddMethod("release", (ts, a, kw) => { Self(a).Release(ts); return PyValue.None; });
        type.AddMethod("__exit__", (ts, a, kw) => { Self(a).Release(ts); return PyValue.None; });
        // SemLock's introspection, which Condition uses (CPython reaches it through the wrapper's _semlock).
        type.AddMethod("_count", (ts, a, kw) => PyValue.Int(Self(a)._count));
        type.AddMethod("_is_mine", (ts, a, kw) => PyValue.Bool(Self(a).IsMine(ts)));
        type.AddMethod("_get_value", (ts, a, kw) => PyValue.Int(Self(a).Shared.Value));
        type.AddMethod("_is_zero", (ts, a, kw) => PyValue.Bool(Self(a).Shared.Value == 0));
        if (withValue) type.AddMethod("get_value", (ts, a, kw) => PyValue.Int(Self(a).Shared.Value));
        return type;
    }
}
