using System;

namespace GilGen.Runtime;

/// <summary>
/// The threads of a deterministic schedule waiting on one object (a lock, a queue). The baton holder that
/// makes the object ready (releases the lock, puts an item) calls <see cref="Notify"/>, so its next honoured
/// checkpoint asks the scheduler, which may now choose a waiter. Only the baton holder runs, so the count
/// needs no synchronisation; under the real-time GIL it stays 0 and <see cref="Notify"/> costs one read.
/// </summary>
internal struct ScheduledWaiters
{
    private int _count;
    private DeterministicScheduler? _scheduler;

    /// <summary><see cref="DeterministicScheduler.Wait"/>, counted as a waiter of this object while it waits.</summary>
    public bool Wait(DeterministicScheduler scheduler, ThreadState ts, Func<bool> ready, WaitDeadline deadline, WaitTarget target)
    {
        _scheduler = scheduler;
        _count++;
        try
        {
            return scheduler.Wait(ts, ready, deadline, target);
        }
        finally
        {
            _count--;
        }
    }

    /// <summary>The object became ready: tells the scheduler when a thread waits on it.</summary>
    public readonly void Notify()
    {
        if (_count > 0) _scheduler!.Wake();
    }
}
