using System;
using System.Diagnostics;
using System.Threading;

namespace GilGen.Runtime;

/// <summary>
/// The global interpreter lock, after CPython's "new GIL" (Python/ceval_gil.c, Antoine Pitrou, 3.2+),
/// and the default <see cref="ISchedulingPolicy"/>: whichever waiter the operating system wakes runs next.
/// </summary>
/// <remarks>
/// <para>How it works (the same design as ceval_gil.c, re-expressed for .NET monitors):</para>
/// <para>
/// The GIL is only a boolean, <c>locked</c>, guarded by a mutex (<see cref="_mutex"/>) whose monitor
/// doubles as the condition variable that announces "the GIL was released". The mutex is held only for
/// a few instructions at a time, so it is almost never contended; the GIL itself is the flag.
/// </para>
/// <para>
/// The holder never polls the mutex. It runs until it meets a checkpoint in generated code, which is a
/// single volatile read of <see cref="GilGen.GilInterpreter.EvalBreaker"/>. A thread that wants the GIL waits
/// on the condition for one switch interval (5 ms by default). If the wait timed out, the GIL is still
/// locked, and no switch happened meanwhile (<c>switch_number</c> unchanged: the GIL did not pass to
/// anybody else, who would have deserved a full interval of their own), it sets the drop request, which
/// raises the interpreter's bit in the eval breaker. The holder sees it at its next honoured checkpoint,
/// enters <see cref="ThreadState.HandleEvalBreaker"/>, and drops the GIL. The interval is therefore a
/// minimum time slice, not a precise one: a long-running operation with no checkpoint is never interrupted.
/// </para>
/// <para>
/// Forced switching (CPython's FORCE_SWITCHING): on a multi-core machine the dropping thread would
/// otherwise carry on, reach its next checkpoint a few nanoseconds later and re-take the GIL before the
/// woken waiter is even scheduled, so time slices would stretch to many intervals. So a thread that drops
/// the GIL while a drop request is pending waits on a second condition (<see cref="_switchMutex"/>) until
/// <c>last_holder</c> is somebody else, i.e. until another thread has really taken the GIL.
/// </para>
/// <para>
/// <c>last_holder</c> and <c>switch_number</c> change only while <see cref="_switchMutex"/> is held, so
/// the dropping thread cannot miss the signal between testing <c>last_holder</c> and starting to wait.
/// Lock order: <see cref="_mutex"/> may be held while taking <see cref="_switchMutex"/> (in take), never
/// the other way round, so the two cannot deadlock.
/// </para>
/// <para>
/// Paced intervals (a GilGen addition, see <see cref="CheckpointPace"/>): with a pace, while anybody waits,
/// the holder also counts its honoured checkpoints, and a waiter's interval ends after as many as the
/// reproduced CPython passes in one interval, or after the wall-clock interval, whichever comes first.
/// The count starts when the first waiter arrives (or earlier, when the holder releases a thread that
/// will want the GIL at once: <see cref="ExpectWaiter"/>) and starts again at every take that leaves
/// waiters behind, as each waiter's interval would after a switch.
/// </para>
/// </remarks>
public sealed class Gil : ISchedulingPolicy
{
    /// <summary>CPython's default switch interval, in seconds.</summary>
    public const double DefaultSwitchIntervalSeconds = 0.005;

    private readonly GilGen.GilInterpreter _interp;

    // gil->mutex and gil->cond: Monitor.Wait/Pulse on this object is the condition variable.
    private readonly object _mutex = new();

    // gil->switch_mutex and gil->switch_cond (FORCE_SWITCHING).
    private readonly object _switchMutex = new();

    // gil->locked. Volatile because IsHeldBy reads it without the mutex, as ceval_gil.c reads it relaxed.
    private volatile bool _locked;

    // gil->last_holder: the thread state holding or having last held the GIL.
    private volatile ThreadState? _lastHolder;

    // gil->switch_number: times the GIL went to a thread other than its previous holder.
    private long _switchNumber;

    // gil->interval, in microseconds as CPython keeps it, so that get/setswitchinterval round-trip exactly.
    private long _intervalMicroseconds;

    // Threads inside TakeGil's wait loop. Lets a dropping thread skip the forced-switch wait when nobody
    // can take over (a drop request set without a waiter would otherwise park it for good).
    private volatile int _waiters;

    // CheckpointPace's nanoseconds per honoured checkpoint, or null for wall-clock intervals only.
    private readonly double? _checkpointNanoseconds;
    private readonly Action _pacedIntervalElapsed;
    private readonly Action _pacedIntervalEnding;

    // The hand-over of a paced interval (OnPacedIntervalEnding): the holder's interval is nearly over, so one
    // waiter (the first the operating system wakes) leaves its sleep and spins until the GIL is dropped, and
    // the dropping thread spins for it instead of sleeping. Both under _mutex; _handoverSpinner is read without.
    private bool _handoverSoon;
    private volatile bool _handoverSpinner;

    // How long a warned waiter spins for the drop before it sleeps again, and how long a dropping thread spins
    // for a spinning waiter to take over: bounds, so that a holder stuck in a long call costs little.
    private static readonly long HandoverSpinTicks = Stopwatch.Frequency / 5000;   // 200 µs
    private static readonly long SwitchSpinTicks = Stopwatch.Frequency / 20000;    // 50 µs

    // A warned waiter that spun longer than this before the drop was warned too early (AdjustPacedWarning).
    private static readonly long HandoverSlackTicks = Stopwatch.Frequency / 50000; // 20 µs

    // ExpectWaiter was called and that thread has not reached TakeGil yet; and its interval ran out meanwhile.
    // Both change only under _mutex.
    private bool _expectingWaiter;
    private bool _expectedWaiterOverdue;

    // IoPriority: waiters returning from a blocking call, which every other waiter lets go first; and counts.
    private int _priorityWaiters;
    private long _priorityRequests;
    private long _priorityTakes;

    private long _dropRequests;
    private long _checkpointDrops;
    private long _forcedSwitchWaits;
    private long _takes;

    /// <summary>Creates the GIL of <paramref name="interp"/>, unlocked.</summary>
    /// <param name="interp">The interpreter whose threads share this GIL.</param>
    /// <param name="switchIntervalSeconds">The switch interval (<c>sys.setswitchinterval</c>).</param>
    /// <param name="checkpointNanoseconds">A <see cref="CheckpointPace"/> to pace intervals by, or null for wall-clock intervals only.</param>
    public Gil(GilGen.GilInterpreter interp, double switchIntervalSeconds = DefaultSwitchIntervalSeconds, double? checkpointNanoseconds = null)
    {
        _interp = interp ?? throw new ArgumentNullException(nameof(interp));
        SwitchInterval = switchIntervalSeconds;
        if (checkpointNanoseconds is <= 0) throw new ArgumentOutOfRangeException(nameof(checkpointNanoseconds), checkpointNanoseconds, "a checkpoint pace must be positive");
        _checkpointNanoseconds = checkpointNanoseconds;
        _pacedIntervalElapsed = OnPacedIntervalElapsed;
        _pacedIntervalEnding = OnPacedIntervalEnding;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Stored as whole microseconds like CPython (<c>(unsigned long)(1e6 * interval)</c>), so 0.005 reads
    /// back as 0.005. Validation of the Python-level argument belongs to <c>GilInterpreter.SwitchInterval</c>.
    /// </remarks>
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
    public GilCounters Counters => new(
        Interlocked.Read(ref _switchNumber),
        Interlocked.Read(ref _dropRequests),
        Interlocked.Read(ref _checkpointDrops),
        Interlocked.Read(ref _forcedSwitchWaits),
        Interlocked.Read(ref _takes));

    /// <summary>
    /// Whether a thread returning from a blocking call gets the GIL first (<see cref="GilGen.GilOptions.IoPriority"/>):
    /// it asks the holder to drop at once, instead of after a switch interval, and takes the GIL before any
    /// other waiter. The remedy proposed for CPython's convoy effect, which CPython never shipped.
    /// </summary>
    public bool IoPriority { get; init; }

    /// <summary>Drop requests made at once by threads returning from a blocking call (<see cref="IoPriority"/>).</summary>
    public long PriorityRequests => Interlocked.Read(ref _priorityRequests);

    /// <summary>Takes by such threads, served before the other waiters (<see cref="IoPriority"/>).</summary>
    public long PriorityTakes => Interlocked.Read(ref _priorityTakes);

    /// <summary>Threads now waiting to take the GIL.</summary>
    public int Waiters => _waiters;

    /// <inheritdoc/>
    public bool IsHeldBy(ThreadState ts) => _locked && ReferenceEquals(_lastHolder, ts);

    /// <summary>
    /// The time a waiter waits before asking for a switch. Monitor waits have millisecond resolution, so
    /// intervals under a millisecond (CPython's minimum is one microsecond) wait one millisecond.
    /// </summary>
    private int WaitMilliseconds
    {
        get
        {
            long micros = Math.Max(1, Interlocked.Read(ref _intervalMicroseconds));
            long millis = (micros + 999) / 1000;
            return millis > int.MaxValue ? int.MaxValue : (int)millis;
        }
    }

    /// <inheritdoc/>
    public void TakeGil(ThreadState ts)
    {
        ArgumentNullException.ThrowIfNull(ts);
        bool priority = IoPriority && ts.ReturnsFromBlockingCall;
        ts.ReturnsFromBlockingCall = false;
        lock (_mutex)
        {
            // Wait in slices of one interval. A slice that ends by timeout, with the GIL still taken by the
            // same holder as when it began, means the holder has had a full interval: ask it to drop.
            // Under IoPriority a thread back from a blocking call asks at once, and the others let it go first.
            if (_locked || (!priority && _priorityWaiters > 0))
            {
                if (priority)
                {
                    _priorityWaiters++;
                    _priorityRequests++;
                    Interlocked.Increment(ref _dropRequests);
                    _interp.SetGilDropRequest();
                }
                if (_waiters++ == 0)
                {
                    if (_expectedWaiterOverdue)
                    {
                        // This waiter's interval, started when it was released (ExpectWaiter), has already
                        // run out while the operating system was waking it: ask for the GIL at once.
                        Interlocked.Increment(ref _dropRequests);
                        _interp.SetGilDropRequest();
                    }
                    else if (!_interp.IsPacedIntervalRunning)
                    {
                        StartPacedInterval();
                    }
                }
                _expectingWaiter = _expectedWaiterOverdue = false;
                while (_locked || (!priority && _priorityWaiters > 0))
                {
                    long savedSwitchNumber = _switchNumber;
                    bool signalled = Monitor.Wait(_mutex, WaitMilliseconds);
                    if (!signalled && _locked && _switchNumber == savedSwitchNumber)
                    {
                        Interlocked.Increment(ref _dropRequests);
                        _interp.SetGilDropRequest();
                    }
                    if (_handoverSoon && !_handoverSpinner && _locked) SpinForHandover();
                }
                _waiters--;
                if (priority)
                {
                    _priorityWaiters--;
                    _priorityTakes++;
                }
            }

            // last_holder and switch_number change under the switch mutex so that a thread waiting in
            // DropGil for "somebody else took it" cannot miss this signal.
            bool switched = false;
            lock (_switchMutex)
            {
                _locked = true;
                _takes++;
                if (!ReferenceEquals(_lastHolder, ts))
                {
                    _lastHolder = ts;
                    _switchNumber++;
                    switched = true;
                }
                Monitor.PulseAll(_switchMutex);
            }

            // Whatever drop request was pending has been served by this take (if it was ours) or will be
            // made again by its waiter after another interval; either way the new holder starts afresh.
            if (_interp.IsGilDropRequested)
                _interp.ResetGilDropRequest();
            else
                _interp.RecomputeEvalBreaker();
            _handoverSoon = false;
            if (_waiters > 0) StartPacedInterval();
            else _interp.StopPacedInterval();
            // A holder taking the GIL back (its wait for an overdue waiter timed out) still expects that waiter.
            if (switched) _expectingWaiter = _expectedWaiterOverdue = false;
        }
    }

    /// <inheritdoc/>
    public void ExpectWaiter()
    {
        lock (_mutex)
        {
            if (!_locked || _checkpointNanoseconds is null) return;
            _expectingWaiter = true;
            if (!_interp.IsPacedIntervalRunning) StartPacedInterval();
        }
    }

    // Called with _mutex held: a paced interval for the current (or next) holder.
    private void StartPacedInterval()
    {
        if (_checkpointNanoseconds is double nanoseconds)
            _interp.StartPacedInterval(CheckpointPace.Budget(SwitchInterval, nanoseconds, Random.Shared), _pacedIntervalElapsed, _pacedIntervalEnding);
    }

    // Called by the holder with a share of a paced interval left (GilInterpreter.AdjustPacedWarning sets the share). Without it, every paced switch waited for
    // the operating system to wake the waiter on another core (tens of microseconds, more on a virtual machine,
    // counted as CPU time), then again for the dropper: with py39's pace a tight loop switches thousands of
    // times a second: with the paced count's own cost, the wake-ups made two threads take about 1.5x as long as one. Waking a waiter ahead of time
    // hides that latency behind the rest of the interval; which waiter spins is the operating system's choice
    // (PulseAll), as with the drop's own wake-up.
    private void OnPacedIntervalEnding()
    {
        lock (_mutex)
        {
            if (_waiters == 0 || _handoverSpinner) return;
            _handoverSoon = true;
            Monitor.PulseAll(_mutex);
        }
    }

    // Called with _mutex held by a waiter that was warned: spins, without the mutex, until the GIL is dropped or
    // the bound passes, then takes the mutex back for the wait loop's usual test.
    private void SpinForHandover()
    {
        _handoverSpinner = true;
        Monitor.Exit(_mutex);
        try
        {
            long start = Stopwatch.GetTimestamp(), now = start, deadline = start + HandoverSpinTicks;
            while (_locked && now < deadline)
            {
                Thread.SpinWait(8);
                now = Stopwatch.GetTimestamp();
            }
            // Each microsecond spun is CPU time a GIL-bound program does not use in CPython: warn later.
            if (now - start > HandoverSlackTicks) _interp.AdjustPacedWarning(earlier: false);
        }
        finally
        {
            Monitor.Enter(_mutex);
            _handoverSpinner = false;
        }
    }

    // Called by the holder at the honoured checkpoint that used up a paced interval: the same decision as a
    // waiter's timed-out wait, "still locked and somebody waiting: ask the holder to drop".
    private void OnPacedIntervalElapsed()
    {
        lock (_mutex)
        {
            if (_waiters > 0)
            {
                Interlocked.Increment(ref _dropRequests);
                _interp.SetGilDropRequest();
            }
            else if (_expectingWaiter)
            {
                // The released thread has not reached TakeGil yet (on a busy machine that can take longer
                // than the interval). In the reproduced CPython's time it would have been waiting long
                // since, so the holder gives way now and waits for it (DropGil), rather than running on
                // at GilGen's speed, perhaps to its end, while the operating system wakes it.
                _expectedWaiterOverdue = true;
                Interlocked.Increment(ref _dropRequests);
                _interp.SetGilDropRequest();
            }
        }
    }

    /// <inheritdoc/>
    public void DropGil(ThreadState ts, GilDropReason reason)
    {
        ArgumentNullException.ThrowIfNull(ts);
        if (!_locked) throw new InvalidOperationException("drop_gil: GIL is not locked");

        // A thread state might have taken the GIL through another path; make last_holder right so the
        // forced-switch test below compares against the thread that is really dropping.
        _lastHolder = ts;

        // Every waiter is woken and the operating system decides which one gets the GIL, as with
        // CPython's COND_SIGNAL, whose choice of waiter is the OS's. Monitor.Pulse would always hand it
        // to the longest waiter (its queue is FIFO): a bias CPython does not have, which made a thread
        // interrupted between LOAD_GLOBAL and STORE_GLOBAL always resume first and hid py39's lost updates.
        bool warnedWaiterLate;
        lock (_mutex)
        {
            _locked = false;
            // Warned, yet no waiter is spinning for the GIL: the warning did not give the waiter time to wake.
            warnedWaiterLate = _handoverSoon && !_handoverSpinner && _waiters > 0;
            Monitor.PulseAll(_mutex);
        }
        if (warnedWaiterLate) _interp.AdjustPacedWarning(earlier: true);

        // A thread that will never run again (or is leaving the interpreter) has no time slice to give
        // away, so it does not wait; CPython passes a NULL tstate for the same reason.
        if (reason is GilDropReason.Exit or GilDropReason.Release) return;

        // An overdue expected waiter is on its way but not waiting yet: wait for it one interval at most.
        bool awaitingArrival = _waiters == 0 && Volatile.Read(ref _expectedWaiterOverdue);
        if (_interp.IsGilDropRequested && (_waiters > 0 || awaitingArrival))
        {
            // A waiter spinning for this hand-over takes the GIL within a few hundred nanoseconds: wait for it on
            // this core rather than sleep and be woken. It is a forced switch all the same.
            bool spun = _handoverSpinner && ReferenceEquals(_lastHolder, ts);
            if (spun)
            {
                _interp.Timeline?.Record(ts, GilEventKind.ForcedSwitch);
                long deadline = Stopwatch.GetTimestamp() + SwitchSpinTicks;
                while (ReferenceEquals(_lastHolder, ts) && Stopwatch.GetTimestamp() < deadline) Thread.SpinWait(8);
            }
            lock (_switchMutex)
            {
                bool stillLastHolder = ReferenceEquals(_lastHolder, ts);
                if (spun || stillLastHolder) _forcedSwitchWaits++;
                if (stillLastHolder)
                {
                    if (!spun) _interp.Timeline?.Record(ts, GilEventKind.ForcedSwitch);
                    _interp.ResetGilDropRequest();
                    // Monitor.Wait releases the switch mutex atomically with starting to wait, so the taker's
                    // PulseAll (made while holding it) cannot slip in between.
                    int timeout = awaitingArrival ? WaitMilliseconds : Timeout.Infinite;
                    while (ReferenceEquals(_lastHolder, ts))
                        if (!Monitor.Wait(_switchMutex, timeout)) break;
                }
            }
        }
    }

    /// <inheritdoc/>
    public void YieldAtCheckpoint(ThreadState ts)
    {
        Interlocked.Increment(ref _checkpointDrops);
        DropGil(ts, GilDropReason.Checkpoint);
        TakeGil(ts);
    }
}
