using System;
using System.Threading;

namespace GilGen.Runtime;

/// <summary>
/// The global interpreter lock of CPython 2.7 and earlier (the "old GIL"): a plain lock that the holder
/// releases and at once re-acquires every <c>sys.setcheckinterval</c> ticks, with no switch interval, no
/// drop request and no forced switching. The policy of <see cref="GilGen.RuntimeProfile.Py27"/>.
/// </summary>
/// <remarks>
/// <para>How it works (CPython 2.7's Python/ceval.c and Python/thread_pthread.h, re-expressed for .NET):</para>
/// <para>
/// The GIL is an ordinary non-recursive lock, <c>interpreter_lock</c>. On Linux 2.7 makes it an unnamed
/// POSIX semaphore of count 1 (USE_SEMAPHORES): acquire is <c>sem_wait</c>, release <c>sem_post</c>, and
/// so it is here (<see cref="PosixSemaphore"/>). Where the C library has no such semaphores, 2.7 emulates
/// one with a <c>locked</c> flag guarded by a mutex and a condition variable <c>lock_released</c>:
/// acquire waits on the condition while the flag is set, release clears it and signals. GilGen does the
/// same with a monitor (<see cref="_mutex"/>). Either way a release wakes a waiter but hands it nothing.
/// </para>
/// <para>
/// The eval loop counts ticks (<see cref="GilGen.GilInterpreter.CheckInterval"/>) and, when the ticker
/// runs out, "gives another thread a chance" (<see cref="YieldAtCheckpoint"/>): release, then immediately
/// acquire. Nothing makes the releaser wait for the woken thread. On one core that is enough, because the
/// operating system often preempts the releaser while it holds no lock. On several cores it is not: the
/// woken waiter needs microseconds to be scheduled on another core, while the releaser is back in
/// acquire a few nanoseconds later and finds the lock free. The waiter wakes to a taken lock and sleeps
/// again. Meanwhile every release made while it is registered as a waiter costs the holder a futex wake
/// system call (glibc's <c>sem_post</c> makes one whenever the semaphore has waiters, asleep or not), and
/// the two cores fight over the semaphore's cache line. The waiter wins only when it reaches the
/// semaphore between a release and the re-acquire. That is the "GIL battle" David Beazley measured in
/// 2009: CPU-bound work split over two threads runs several times slower than on one. GilGen reproduces
/// it by running the same algorithm on the same kind of lock, not by adding any delay.
/// </para>
/// <para>
/// Blocking calls (<see cref="ThreadState.AllowThreads"/>) release and re-acquire the same lock, as
/// Py_BEGIN_ALLOW_THREADS did in 2.7. The switch interval is kept (so that <c>sys.setswitchinterval</c>
/// round-trips) but plays no part: 2.7 had none.
/// </para>
/// </remarks>
public sealed class OldGil : ISchedulingPolicy
{
    // interpreter_lock on Linux; null where the platform has no unnamed POSIX semaphores.
    private readonly PosixSemaphore? _semaphore;

    // The emulation's thelock->mut; Monitor.Wait/Pulse on it is thelock->lock_released.
    private readonly object _mutex = new();

    // The emulation's thelock->locked; with the semaphore, whether some thread holds it. Volatile because
    // IsHeldBy reads it without any lock.
    private volatile bool _locked;

    // The thread state holding or having last held the GIL (2.7 kept it in _PyThreadState_Current).
    // Written only by a thread that has just acquired the lock.
    private volatile ThreadState? _holder;

    private long _intervalMicroseconds;

    // Changed only by the thread holding the GIL, so plain increments are enough; read with Volatile.
    private long _takes;
    private long _switches;
    private long _checks;
    private long _handOffs;
    private long _waits;

    /// <summary>Creates the old GIL, unlocked.</summary>
    /// <param name="switchIntervalSeconds">Kept for <c>sys.getswitchinterval</c>; the old GIL does not use it.</param>
    public OldGil(double switchIntervalSeconds = Gil.DefaultSwitchIntervalSeconds)
    {
        SwitchInterval = switchIntervalSeconds;
        _semaphore = PosixSemaphore.TryCreate(1);
    }

    /// <summary>True when the lock is a POSIX semaphore, as 2.7's on Linux; false for the mutex and condition variable emulation.</summary>
    public bool UsesPosixSemaphore => _semaphore != null;

    /// <inheritdoc/>
    public double SwitchInterval
    {
        get => Interlocked.Read(ref _intervalMicroseconds) / 1e6;
        set
        {
            if (!(value > 0.0)) throw new ArgumentOutOfRangeException(nameof(value), value, "switch interval must be strictly positive");
            Interlocked.Exchange(ref _intervalMicroseconds, (long)(value * 1e6));
        }
    }

    /// <inheritdoc/>
    /// <remarks>The old GIL makes no drop requests, checkpoint drops or forced-switch waits: those counters stay 0.</remarks>
    public GilCounters Counters => new(Volatile.Read(ref _switches), 0, 0, 0, Volatile.Read(ref _takes));

    /// <summary>The old GIL's own counts (<see cref="OldGilCounters"/>).</summary>
    public OldGilCounters OldCounters => new(
        Volatile.Read(ref _checks), Volatile.Read(ref _handOffs), Volatile.Read(ref _waits),
        Volatile.Read(ref _takes), Volatile.Read(ref _switches));

    /// <inheritdoc/>
    public bool IsHeldBy(ThreadState ts) => _locked && ReferenceEquals(_holder, ts);

    /// <inheritdoc/>
    public void TakeGil(ThreadState ts)
    {
        ArgumentNullException.ThrowIfNull(ts);
        Acquire(ts, atCheck: false);
    }

    /// <inheritdoc/>
    public void DropGil(ThreadState ts, GilDropReason reason)
    {
        ArgumentNullException.ThrowIfNull(ts);
        if (!_locked) throw new InvalidOperationException("PyThread_release_lock: the GIL is not locked");
        Release();
    }

    /// <summary>
    /// The check every <c>sys.getcheckinterval()</c> ticks: "give another thread a chance" by releasing the
    /// GIL and acquiring it again straight away, with no wait in between.
    /// </summary>
    public void YieldAtCheckpoint(ThreadState ts)
    {
        ArgumentNullException.ThrowIfNull(ts);
        _checks++;
        long switchesBefore = _switches;
        Release();
        bool waited = Acquire(ts, atCheck: true);
        // Another thread held the GIL in between: one switch to it, one back.
        if (_switches - switchesBefore >= 2)
        {
            _handOffs++;
            // It took and released the GIL while this thread, preempted between its release and its take, did
            // not find it taken: the timeline has no loss from this thread, so it is told now.
            if (!waited) ts.Interp.Timeline?.RecordDisplacedAtCheck(ts);
        }
    }

    /// <inheritdoc/>
    /// <remarks>The old GIL has no intervals to start early.</remarks>
    public void ExpectWaiter()
    {
    }

    // PyThread_acquire_lock(interpreter_lock, WAIT_LOCK); true if it had to wait. At a check (atCheck), finding
    // the lock taken means another thread won it in the moment it was free: the timeline hears of it from this
    // loser, before it sleeps (GilTimeline.RecordLostAtCheck says why not from the winner).
    private bool Acquire(ThreadState ts, bool atCheck)
    {
        bool waited;
        if (_semaphore != null)
        {
            // sem_wait tries without waiting first too; trying here lets the wait be counted and recorded.
            waited = !_semaphore.TryWait();
            if (waited)
            {
                if (atCheck) ts.Interp.Timeline?.RecordLostAtCheck(ts);
                _semaphore.Wait();
            }
        }
        else
        {
            lock (_mutex)
            {
                waited = _locked;
                if (waited && atCheck) ts.Interp.Timeline?.RecordLostAtCheck(ts);
                while (_locked) Monitor.Wait(_mutex);
                _locked = true;
            }
        }
        _locked = true;
        _takes++;
        if (waited) _waits++;
        if (!ReferenceEquals(_holder, ts))
        {
            _holder = ts;
            _switches++;
        }
        return waited;
    }

    // PyThread_release_lock: give the unit back and wake a waiter, handing it nothing.
    private void Release()
    {
        if (_semaphore != null)
        {
            _locked = false;
            _semaphore.Post();
            return;
        }
        lock (_mutex)
        {
            _locked = false;
            Monitor.Pulse(_mutex);
        }
    }
}
