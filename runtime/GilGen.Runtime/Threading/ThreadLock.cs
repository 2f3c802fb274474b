using System.Threading;

namespace GilGen.Runtime;

/// <summary>
/// A plain non-recursive lock that any thread may release (CPython's PyThread_type_lock), the basis of
/// <c>threading.Lock</c>, <c>RLock</c> and <c>Condition</c> waiters. Acquiring a free lock is one compare-and-swap
/// and keeps the GIL; only a wait gives the GIL up, as CPython's acquire_timed does.
/// </summary>
internal sealed class ThreadLock
{
    private readonly PyObject? _owner;
    private int _locked;
    private int _waiters;
    private readonly object _gate = new();

    // Threads waiting for this lock inside a deterministic scheduler, which a release must tell.
    private ScheduledWaiters _scheduledWaiters;

    /// <summary>A lock; <paramref name="owner"/> is the Python object it implements, named in deadlock reports.</summary>
    public ThreadLock(PyObject? owner = null) => _owner = owner;

    /// <summary>True while held.</summary>
    public bool IsLocked => Volatile.Read(ref _locked) != 0;

    /// <summary>Takes the lock if it is free; never waits.</summary>
    public bool TryAcquire() => Interlocked.CompareExchange(ref _locked, 1, 0) == 0;

    /// <summary>
    /// Takes the lock, waiting until <paramref name="deadline"/> with the GIL released
    /// (<paramref name="ts"/> must hold it). False when the deadline passed first.
    /// </summary>
    public bool Acquire(ThreadState ts, WaitDeadline deadline)
    {
        if (TryAcquire())
        {
            Holder = ts;
            return true;
        }
        if (deadline.HasPassed) return false;
        bool acquired;
        if (DeterministicScheduler.Of(ts) is DeterministicScheduler scheduler)
        {
            acquired = AcquireScheduled(ts, scheduler, deadline);
        }
        else
        {
            bool interrupted;
            using (ts.AllowThreads()) acquired = AcquireWithoutGil(ts, deadline, out interrupted);
            // A terminated process ends here (its exit is the pending exception), as CPython's SIGTERM ends a
            // process blocked in a lock's wait.
            if (interrupted) ts.RaisePendingAsyncException();
        }
        if (acquired) Holder = ts;
        return acquired;
    }

    /// <summary>
    /// The thread that took the lock last (its holder while <see cref="IsLocked"/>); for deadlock reports.
    /// Any thread may release the lock, so this says who acquired it, not who will release it.
    /// </summary>
    public ThreadState? Holder { get; private set; }

    // The wait as a blocked state of the deterministic scheduler: ready once the lock is free. Nobody runs
    // between the scheduler's choice and the return, so the TryAcquire that follows succeeds unless another
    // thread took the lock first, after which this thread waits again.
    private bool AcquireScheduled(ThreadState ts, DeterministicScheduler scheduler, WaitDeadline deadline)
    {
        var target = new WaitTarget(Describe(ts), () => IsLocked ? Holder : null);
        while (true)
        {
            if (TryAcquire()) return true;
            if (!_scheduledWaiters.Wait(scheduler, ts, () => !IsLocked, deadline, target)) return TryAcquire();
        }
    }

    // "Lock `lock_a`": the global of __main__ bound to the lock, which is how the program names it; its repr otherwise.
    private string Describe(ThreadState ts)
    {
        string kind = _owner is PyRLock ? "RLock" : "Lock";
        if (_owner != null && ts.Interp.Modules.Find("__main__") is PyModule main)
        {
            foreach (GlobalSlot slot in main.BoundSlots())
            {
                if (ReferenceEquals(slot.Value.Obj, _owner)) return $"{kind} `{slot.Name}`";
            }
        }
        return _owner != null ? kind + " " + _owner.ReprString(ts) : kind;
    }

    // The waiting part of Acquire, without the GIL; ends early (false, interrupted) when the thread has an async
    // exception pending (its process was terminated).
    private bool AcquireWithoutGil(ThreadState ts, WaitDeadline deadline, out bool interrupted)
    {
        interrupted = false;
        lock (_gate)
        {
            Interlocked.Increment(ref _waiters);
            ts.EnterInterruptibleWait(_gate);
            try
            {
                while (true)
                {
                    if (TryAcquire()) return true;
                    if (ts.HasPendingAsyncException)
                    {
                        interrupted = true;
                        // A release may have pulsed this waiter rather than another: pass the wake-up on.
                        Monitor.Pulse(_gate);
                        return false;
                    }
                    int ms = deadline.RemainingMilliseconds;
                    if (ms == 0) return false;
                    Monitor.Wait(_gate, ms);
                }
            }
            finally
            {
                ts.LeaveInterruptibleWait();
                Interlocked.Decrement(ref _waiters);
            }
        }
    }

    /// <summary>Frees the lock and wakes one waiter. The caller checks it was held (error texts differ by user).</summary>
    public void Release()
    {
        // Exchange (a full fence) rather than a plain write: the waiter count must be read after the
        // unlock is visible, or a waiter that registered just before could sleep through it.
        Interlocked.Exchange(ref _locked, 0);
        // Under a deterministic scheduler only the thread holding the baton runs, so the count is exact.
        _scheduledWaiters.Notify();
        if (Volatile.Read(ref _waiters) > 0)
        {
            lock (_gate) Monitor.Pulse(_gate);
        }
    }
}
