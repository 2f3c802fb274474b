using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using GilGen.Runtime;
using ThreadState = GilGen.Runtime.ThreadState;

namespace GilGen;

// The eval breaker: the one word every checkpoint of generated code reads. It ORs together every
// reason a running thread must leave its fast path (ceval_gil.c's COMPUTE_EVAL_BREAKER): a GIL drop
// request, pending calls, an asynchronous exception for some thread. Only this interpreter's profile bit
// is ever set, so checkpoint sites that its profile does not honour stay on the fast path.
public sealed partial class GilInterpreter
{
    /// <summary>
    /// Bitmask of <see cref="CheckpointMask"/> values now asking for a check. Generated code writes, at every
    /// checkpoint site, <c>if ((interp.EvalBreaker &amp; SITE_MASK) != 0) ts.HandleEvalBreaker();</c>.
    /// Zero almost always; written only by the slow paths in this file.
    /// </summary>
    public volatile int EvalBreaker;

    // The bit of this interpreter's profile (CheckpointMask.For(Profile)); fixed at construction.
    private readonly int _evalBreakerBit;

    // The reasons behind EvalBreaker, kept apart so that clearing one does not clear the others.
    private volatile int _gilDropRequest;
    private volatile int _pendingCallsToDo;
    private int _asyncExceptionsPending;

    // A paced switch interval in progress (CheckpointPace): the honoured checkpoints the holder may still
    // pass before a waiter's interval ends. Written by the GIL's waiters under its mutex, counted down by
    // the holder alone; a re-arm racing with the count-down only shifts one interval's end a little.
    // Coarse: counting sites subtract their weight inline (IsCheckDue), under the Paced bit alone, so the
    // holder runs at full speed while somebody waits. Fine: the last few checkpoints, counted one by one in
    // the slow path, so that the interval ends at an arbitrary instruction of the loop, not always the same.
    private const int PacingOff = 0, PacingCoarse = 1, PacingFine = 2;
    private volatile int _pacing;
    private long _pacedCheckpointsLeft;
    private Action? _pacedIntervalElapsed;

    // The hand-over warning of a paced interval: once no more than _pacedWarnAt checkpoints are left, the holder
    // calls _pacedIntervalEnding once, so that a waiter can be on a core and ready when the interval ends
    // (Gil.OnPacedIntervalEnding). Set with the interval; NoWarning once warned.
    private const long NoWarning = long.MinValue;
    private long _pacedWarnAt = NoWarning;
    private Action? _pacedIntervalEnding;

    // A loop counts in a local of its method (a register), not in _pacedCheckpointsLeft: a read-modify-write
    // of a field at every pass made py39's holder about 1.4x slower in a tight loop while somebody waited.
    // The local is credit taken from the interval a chunk at a time (IsCheckDue), and what is left of it goes
    // back when the method returns (ReturnPacedCredit). Credit held by the frames below the running one, or
    // taken from an interval that has ended, is at most one chunk per frame: the chunk is a small fraction
    // of the interval, so the interval still ends within a fraction of a percent of its count.
    private long _pacedCreditChunk = 1;
    private const long MaxPacedCreditChunk = 1024;
    private const long PacedCreditChunksPerInterval = 64;

    // The warning comes with _pacedWarnShare/1024 of the interval left. At GilGen's speed a tight loop's paced
    // interval lasts a few hundred microseconds, and waking a sleeping thread on another core takes tens of
    // them, how many depending on the machine and its load; so the share adapts (AdjustPacedWarning), from a
    // quarter, between these bounds.
    private const int PacedWarnShareScale = 1024, MinPacedWarnShare = PacedWarnShareScale / 64, MaxPacedWarnShare = PacedWarnShareScale / 2;
    private int _pacedWarnShare = PacedWarnShareScale / 4;

    private readonly ConcurrentQueue<Action<ThreadState>> _pendingCalls = new();

    /// <summary>The <see cref="CheckpointMask"/> bit this interpreter sets in <see cref="EvalBreaker"/>.</summary>
    public int EvalBreakerBit => _evalBreakerBit;

    /// <summary>True while some thread has asked the GIL holder to drop the GIL (gil_drop_request).</summary>
    public bool IsGilDropRequested => _gilDropRequest != 0;

    /// <summary>
    /// Asks the GIL holder to call <see cref="ISchedulingPolicy.YieldAtCheckpoint"/> at its next honoured
    /// checkpoint. Set by the GIL's waiters after a switch interval; a deterministic policy may set it to be
    /// consulted at every checkpoint.
    /// </summary>
    public void SetGilDropRequest()
    {
        if (Timeline != null && CurrentThreadState is ThreadState requester) Timeline.Record(requester, GilEventKind.DropRequest);
        _gilDropRequest = 1;
        RaiseEvalBreaker();
    }

    /// <summary>Withdraws the drop request and recomputes <see cref="EvalBreaker"/> from the remaining reasons.</summary>
    public void ResetGilDropRequest()
    {
        _gilDropRequest = 0;
        RecomputeEvalBreaker();
    }

    /// <summary>
    /// Sets <see cref="EvalBreaker"/> from the reasons now pending. As in CPython this can race with a
    /// reason being raised concurrently and clear the bit; that is harmless because every reason is raised
    /// again by whoever needs it (a GIL waiter re-requests after its next interval) or re-checked on the
    /// next GIL take.
    /// </summary>
    public void RecomputeEvalBreaker()
    {
        // Under py27 the bit stays set: every site is a tick (GilInterpreter.CheckInterval.cs).
        int pacing = _pacing;
        bool any = CountsTicks || pacing == PacingFine || (_gilDropRequest | _pendingCallsToDo | Volatile.Read(ref _asyncExceptionsPending)) != 0;
        EvalBreaker = (any ? _evalBreakerBit : 0) | (pacing == PacingCoarse ? CheckpointMask.Paced : 0);
    }

    // Raises this interpreter's bit, keeping the Paced bit of a coarse count.
    private void RaiseEvalBreaker() => Interlocked.Or(ref EvalBreaker, _evalBreakerBit);

    /// <summary>
    /// The test of an entry counting site once the eval breaker has its <paramref name="mask"/> or
    /// <see cref="CheckpointMask.Paced"/>: subtracts the site's <paramref name="checkpoints"/> from a coarsely
    /// counted paced interval, then tells whether the site's own check is due. Generated code calls it; it
    /// inlines to a subtraction and a test.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsCheckDue(int checkpoints, int mask)
    {
        if ((EvalBreaker & CheckpointMask.Paced) != 0 && (_pacedCheckpointsLeft -= checkpoints) <= 0)
            EndCoarsePacing(checkpoints);
        return (EvalBreaker & mask) != 0;
    }

    /// <summary>
    /// The whole test of a backward jump that counts <paramref name="checkpoints"/> (generated code writes
    /// <c>if (__interp.IsCheckDue(ref __pace, W, MASK)) ...</c>): true when the site's own check is due; while
    /// a paced interval is counted coarsely, the site's checkpoints are first spent from
    /// <paramref name="credit"/>, a local of the generated method (0 at its start, kept in a register), which
    /// takes the next chunk of the interval when it runs out. The method gives back what is left when it
    /// returns (<see cref="ReturnPacedCredit"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsCheckDue(ref long credit, int checkpoints, int mask)
    {
        // One read of the breaker, kept in a register: while a pace is counted this site runs millions of
        // times a second, and a tight loop's whole body is a few cycles, so a second load and a separate
        // test of the remaining credit cost py39's holder a quarter of its speed while somebody waited.
        int breaker = EvalBreaker;
        // Without a pace or a check, the usual test of the breaker and a branch.
        if ((breaker & (mask | CheckpointMask.Paced)) == 0) return false;
        // A check is due anyway (a drop request, pending calls): this pass is not counted.
        if ((breaker & mask) != 0) return true;
        // A subtraction whose flags are the test.
        if ((credit -= checkpoints) > 0) return false;
        // The slow path returns the credit: were the local's address passed to a call, it would live in memory.
        credit = TakePacedCredit(credit, checkpoints);
        return (EvalBreaker & mask) != 0;
    }

    /// <summary>
    /// Gives back the paced-interval credit a generated method has not spent (its <c>__pace</c>), as it returns:
    /// see <see cref="IsCheckDue(ref long, int, int)"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ReturnPacedCredit(long credit)
    {
        if (credit > 0) GiveBackPacedCredit(credit);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void GiveBackPacedCredit(long credit)
    {
        if (_pacing == PacingCoarse) _pacedCheckpointsLeft += credit;
    }

    // The slow path of a backward jump of `weight` checkpoints whose credit ran out, `left` (0 or less: minus the
    // checkpoints passed beyond it): takes the next chunk of the interval and returns it; or, when the interval
    // is used up, ends it at one of the site's checkpoints and returns 0.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private long TakePacedCredit(long left, int weight)
    {
        if (_pacing != PacingCoarse) return 0;
        long remaining = _pacedCheckpointsLeft + left;
        if (remaining <= _pacedWarnAt) WarnPacedIntervalEnding();
        if (remaining <= 0)
        {
            EndCoarsePacing(weight);
            return 0;
        }
        long chunk = Math.Min(remaining, _pacedCreditChunk);
        _pacedCheckpointsLeft = remaining - chunk;
        return chunk;
    }

    /// <summary>
    /// Moves the hand-over warning of later paced intervals: <paramref name="earlier"/> when the warned waiter
    /// was not ready at the drop, later when it spun long before it. Called by the GIL at each warned
    /// hand-over, so the warning settles about one wake-up latency before the interval's end.
    /// </summary>
    internal void AdjustPacedWarning(bool earlier)
    {
        int share = Volatile.Read(ref _pacedWarnShare);
        share = earlier ? Math.Min(MaxPacedWarnShare, share + share / 4) : Math.Max(MinPacedWarnShare, share - share / 8);
        Volatile.Write(ref _pacedWarnShare, share);
    }

    private void WarnPacedIntervalEnding()
    {
        _pacedWarnAt = NoWarning;
        _pacedIntervalEnding?.Invoke();
    }

    // The coarse count ran out at a counting site of `checkpoints`: the interval ends at one of them, picked
    // at random (a wall-clock interval ends at an arbitrary instruction), counted one by one from here.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void EndCoarsePacing(int checkpoints)
    {
        if (_pacing != PacingCoarse) return;
        if (_pacedWarnAt != NoWarning) WarnPacedIntervalEnding();
        _pacedCheckpointsLeft = 1 + Random.Shared.Next(checkpoints);
        _pacing = PacingFine;
        RecomputeEvalBreaker();
    }

    /// <summary>
    /// Schedules <paramref name="call"/> to run, with the GIL held, on whichever thread of this interpreter
    /// next reaches an honoured checkpoint (Py_AddPendingCall). Safe from any thread, with or without the GIL.
    /// </summary>
    public void AddPendingCall(Action<ThreadState> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        _pendingCalls.Enqueue(call);
        _pendingCallsToDo = 1;
        CheckAtNextTick();
        RaiseEvalBreaker();
    }

    /// <summary>Runs the queued pending calls; an exception from one leaves the rest queued and propagates.</summary>
    internal void RunPendingCalls(ThreadState ts)
    {
        // Unsignal first, so that a call added while these run signals again (make_pending_calls does the same).
        _pendingCallsToDo = 0;
        RecomputeEvalBreaker();
        while (_pendingCalls.TryDequeue(out var call))
        {
            bool done = false;
            try
            {
                call(ts);
                done = true;
            }
            finally
            {
                if (!done && !_pendingCalls.IsEmpty)
                {
                    _pendingCallsToDo = 1;
                    RaiseEvalBreaker();
                }
            }
        }
    }

    internal bool HasPendingCalls => _pendingCallsToDo != 0;

    /// <summary>Counts a thread state's new asynchronous exception into the breaker (SIGNAL_ASYNC_EXC).</summary>
    internal void SignalAsyncException()
    {
        Interlocked.Increment(ref _asyncExceptionsPending);
        RaiseEvalBreaker();
    }

    /// <summary>Counts an asynchronous exception out once its thread has raised or dropped it.</summary>
    internal void UnsignalAsyncException()
    {
        Interlocked.Decrement(ref _asyncExceptionsPending);
        RecomputeEvalBreaker();
    }

    /// <summary>
    /// Starts counting honoured checkpoints for a paced switch interval (see <see cref="CheckpointPace"/>):
    /// after <paramref name="checkpoints"/> of them the holder calls <paramref name="elapsed"/>, which may set
    /// the drop request. Counting sites count coarsely, by their weight, until the last few checkpoints
    /// (see <see cref="IsCheckDue"/>); only a policy with a waiter arms this. With a share of the count left (AdjustPacedWarning),
    /// the holder calls <paramref name="ending"/> once, counted coarsely (at most one credit chunk late).
    /// </summary>
    internal void StartPacedInterval(long checkpoints, Action elapsed, Action? ending = null)
    {
        _pacedIntervalElapsed = elapsed;
        _pacedIntervalEnding = ending;
        _pacedCreditChunk = Math.Clamp(checkpoints / PacedCreditChunksPerInterval, 1, MaxPacedCreditChunk);
        _pacedWarnAt = ending is null ? NoWarning : checkpoints * Volatile.Read(ref _pacedWarnShare) / PacedWarnShareScale;
        Volatile.Write(ref _pacedCheckpointsLeft, checkpoints);
        _pacing = PacingCoarse;
        RecomputeEvalBreaker();
    }

    /// <summary>True while a paced interval is being counted down.</summary>
    internal bool IsPacedIntervalRunning => _pacing != PacingOff;

    /// <summary>Stops the count of <see cref="StartPacedInterval"/> (nobody waits any more).</summary>
    internal void StopPacedInterval()
    {
        if (_pacing == PacingOff) return;
        _pacing = PacingOff;
        RecomputeEvalBreaker();
    }

    /// <summary>Counts one honoured checkpoint of the holder against the last, fine part of a paced interval; calls its end when it is used up.</summary>
    internal void CountPacedCheckpoint()
    {
        if (_pacing != PacingFine) return;
        long left = _pacedCheckpointsLeft - 1;
        _pacedCheckpointsLeft = left;
        if (left > 0) return;
        _pacing = PacingOff;
        RecomputeEvalBreaker();
        _pacedIntervalElapsed?.Invoke();
    }
}
