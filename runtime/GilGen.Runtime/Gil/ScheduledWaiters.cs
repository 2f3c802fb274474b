using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// The threads of a deterministic schedule waiting on one object (a lock, a queue). The baton holder that
/// makes the object ready (releases the lock, puts an item) calls <see cref="Notify"/>, so that its next
/// honoured checkpoint asks the scheduler when the strategy could choose one of these waiters over it. Only
/// the baton holder runs, so the list needs no synchronisation; under the real-time GIL it stays null and
/// <see cref="Notify"/> costs one read.
/// </summary>
internal struct ScheduledWaiters
{
    private List<ThreadState>? _waiting;
    private DeterministicScheduler? _scheduler;

    /// <summary><see cref="DeterministicScheduler.Wait"/>, listed as a waiter of this object while it waits.</summary>
    public bool Wait(DeterministicScheduler scheduler, ThreadState ts, Func<bool> ready, WaitDeadline deadline, WaitTarget target)
    {
        _scheduler = scheduler;
        List<ThreadState> waiting = _waiting ??= new List<ThreadState>();
        waiting.Add(ts);
        try
        {
            return scheduler.Wait(ts, ready, deadline, target);
        }
        finally
        {
            waiting.Remove(ts);
        }
    }

    /// <summary>The object became ready: tells the scheduler when a thread waits on it.</summary>
    public readonly void Notify()
    {
        if (_waiting is { Count: > 0 } waiting) _scheduler!.Wake(waiting);
    }
}
