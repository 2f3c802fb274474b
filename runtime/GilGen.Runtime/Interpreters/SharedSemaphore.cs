using System.Threading;

namespace GilGen.Runtime;

/// <summary>
/// The semaphore under a <c>multiprocessing</c> Lock, RLock, Semaphore or BoundedSemaphore (CPython's POSIX
/// semaphore under <c>_multiprocessing.SemLock</c>): a counter every process holding a handle shares. Taking a
/// unit when the counter is positive is one compare-and-swap and keeps the GIL; a wait gives it up.
/// </summary>
internal sealed class SharedSemaphore(int value, int maxValue, bool recursive)
{
    private int _value = value;
    private readonly SharedWaitable _waitable = new();

    /// <summary>The largest value the semaphore may reach (1 for a lock; <c>SEM_VALUE_MAX</c> for a Semaphore).</summary>
    public int MaxValue { get; } = maxValue;

    /// <summary>True for an RLock (CPython's RECURSIVE_MUTEX kind).</summary>
    public bool Recursive { get; } = recursive;

    /// <summary>The counter now (<c>sem_getvalue</c>).</summary>
    public int Value => Volatile.Read(ref _value);

    /// <summary>Takes a unit if there is one; never waits.</summary>
    public bool TryAcquire()
    {
        while (true)
        {
            int v = Volatile.Read(ref _value);
            if (v <= 0) return false;
            if (Interlocked.CompareExchange(ref _value, v - 1, v) == v) return true;
        }
    }

    /// <summary>Takes a unit, waiting until <paramref name="deadline"/> without the GIL of <paramref name="ts"/>; false when it passed first.</summary>
    public bool Acquire(ThreadState ts, WaitDeadline deadline, System.Func<WaitTarget> target)
    {
        while (true)
        {
            if (TryAcquire()) return true;
            if (!_waitable.Wait(ts, () => Value > 0, deadline, target)) return TryAcquire();
        }
    }

    /// <summary>Gives a unit back and wakes the waiters (the caller checks the bound; error texts differ by kind).</summary>
    public void Release()
    {
        Interlocked.Increment(ref _value);
        _waitable.Signal();
    }
}
