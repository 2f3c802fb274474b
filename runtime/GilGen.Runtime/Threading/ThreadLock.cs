using System.Threading;

namespace GilGen.Runtime;

/// <summary>
/// A plain non-recursive lock that any thread may release (CPython's PyThread_type_lock), the basis of
/// <c>threading.Lock</c>, <c>RLock</c> and <c>Condition</c> waiters. Acquiring a free lock is one compare-and-swap
/// and keeps the GIL; only a wait gives the GIL up, as CPython's acquire_timed does.
/// </summary>
internal sealed class ThreadLock
{
    private int _locked;
    private int _waiters;
    private readonly object _gate = new();

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
        if (TryAcquire()) return true;
        if (deadline.HasPassed) return false;
        using (ts.AllowThreads()) return AcquireWithoutGil(deadline);
    }

    /// <summary>The waiting part of <see cref="Acquire"/>, for callers that have already given up the GIL.</summary>
    public bool AcquireWithoutGil(WaitDeadline deadline)
    {
        lock (_gate)
        {
            Interlocked.Increment(ref _waiters);
            try
            {
                while (true)
                {
                    if (TryAcquire()) return true;
                    int ms = deadline.RemainingMilliseconds;
                    if (ms == 0) return false;
                    Monitor.Wait(_gate, ms);
                }
            }
            finally
            {
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
        if (Volatile.Read(ref _waiters) > 0)
        {
            lock (_gate) Monitor.Pulse(_gate);
        }
    }
}
