using System;
using System.Threading;

namespace GilGen.Runtime;

/// <summary>
/// What a thread of any interpreter (process) waits on when it blocks on an object multiprocessing shares (a
/// semaphore, a queue's channel): it waits as <see cref="ThreadLock"/>'s waiters do, without its GIL, or as a
/// blocked state of the deterministic scheduler when one runs the interpreter, so the timeline and the
/// scheduler see the wait as they see a lock's. The owner calls <see cref="Signal"/> after each change that can
/// make a waiter ready.
/// </summary>
internal sealed class SharedWaitable
{
    private readonly object _gate = new();
    private int _waiters;
    private ScheduledWaiters _scheduledWaiters;

    /// <summary>
    /// Waits until <paramref name="ready"/> holds or <paramref name="deadline"/> passes; <paramref name="ts"/> holds
    /// its GIL before and after. True when ready (another thread may still take what made it so: callers loop).
    /// </summary>
    /// <paramref name="target"/> names what is awaited (and who holds it) for the deterministic scheduler's reports.
    public bool Wait(ThreadState ts, Func<bool> ready, WaitDeadline deadline, Func<WaitTarget> target)
    {
        if (ready()) return true;
        if (deadline.HasPassed) return false;
        if (DeterministicScheduler.Of(ts) is DeterministicScheduler scheduler)
            return _scheduledWaiters.Wait(scheduler, ts, ready, deadline, target());
        bool interrupted = false;
        using (ts.AllowThreads())
        {
            lock (_gate)
            {
                Interlocked.Increment(ref _waiters);
                try
                {
                    while (!ready())
                    {
                        // A terminated process ends here rather than waiting for a wake-up that may never come
                        // (CPython's SIGTERM ends a process blocked in sem_wait).
                        if (ts.HasPendingAsyncException)
                        {
                            interrupted = true;
                            break;
                        }
                        int ms = deadline.RemainingMilliseconds;
                        if (ms == 0) return false;
                        Monitor.Wait(_gate, InterruptCheck.Slice(ms));
                    }
                }
                finally { Interlocked.Decrement(ref _waiters); }
            }
        }
        if (interrupted) ts.RaisePendingAsyncException();
        return true;
    }

    /// <summary>Wakes the waiters after a change (they test their condition again).</summary>
    public void Signal()
    {
        // The change is made before this (with a fence in the caller), so a waiter that registered before it
        // either sees the change when it tests or is woken here.
        Interlocked.MemoryBarrier();
        _scheduledWaiters.Notify();
        if (Volatile.Read(ref _waiters) > 0)
        {
            lock (_gate) Monitor.PulseAll(_gate);
        }
    }
}
