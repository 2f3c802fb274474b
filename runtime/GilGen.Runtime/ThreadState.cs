using System;
using System.Collections.Generic;
using System.Threading;
using GilGen;

namespace GilGen.Runtime;

/// <summary>
/// One OS thread attached to one <see cref="GilInterpreter"/> (CPython's PyThreadState). Generated code
/// receives it as its first argument and passes it to every runtime call; it is only ever used by its own
/// OS thread, so its fields need no synchronisation except where noted.
/// </summary>
public sealed partial class ThreadState
{
    // One entry per Ensure not yet matched by Release: whether that Ensure had to take the GIL, so that
    // its Release gives the GIL back only in that case (PyGILState_STATE of CPython).
    private readonly List<bool> _ensureTookGil = new();

    // An exception another thread asked this one to raise at its next checkpoint (PyThreadState_SetAsyncExc).
    private Exception? _asyncException;
    private readonly object _asyncExceptionGate = new();

    internal ThreadState(GilInterpreter interp, Thread osThread)
    {
        Interp = interp;
        OsThread = osThread;
        Ident = osThread.ManagedThreadId;
        NativeId = NativeThreadId.OfCurrentThread();
    }

    /// <summary>
    /// A text buffer that str % args writes into and leaves here for the thread's next formatting (null while one is
    /// in progress: a nested format, from a __str__ it calls, makes its own), so a format allocates only its result.
    /// </summary>
    internal System.Text.StringBuilder? FormatBuffer;

    /// <summary>The interpreter this thread runs Python code of.</summary>
    public GilInterpreter Interp { get; }

    /// <summary>The OS thread; only it may use this thread state.</summary>
    public Thread OsThread { get; }

    /// <summary><c>threading.get_ident()</c> on this thread: unique among live threads, may be reused after one ends.</summary>
    public long Ident { get; }

    /// <summary><c>threading.get_native_id()</c> on this thread: the operating system's thread id.</summary>
    public long NativeId { get; }

    /// <summary>True while this thread holds the GIL (as far as this thread knows: only it changes this).</summary>
    public bool HoldsGil { get; private set; }

    /// <summary>True for the interpreter's main thread (the first thread that entered it).</summary>
    public bool IsMainThread { get; internal set; }

    /// <summary>Number of <see cref="GilInterpreter.Ensure"/> calls on this thread not yet released.</summary>
    public int EnsureDepth => _ensureTookGil.Count;

    /// <summary>
    /// The slow path of a checkpoint, reached only when <see cref="GilInterpreter.EvalBreaker"/> has a bit the
    /// site honours: runs pending calls, gives the GIL up if asked (the scheduling policy decides who runs
    /// next) and raises an asynchronous exception if one is pending for this thread. The calling thread
    /// must hold the GIL, and holds it again on return.
    /// </summary>
    // NoInlining: the rare path, which keeps every checkpoint in generated code a test and a branch.
    // AggressiveOptimization: the py27 tick path, optimized from its first call (see HandleEvalBreaker(CodeInfo, int)).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining | System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void HandleEvalBreaker()
    {
        GilInterpreter interp = Interp;
        // py27: most sites are ticks that only count down; the check comes once the ticker runs out.
        if (interp.CountsTicks && !interp.Tick()) return;
        HandleCheck(interp);
    }

    // The check itself, once any py27 tick has run out (every hundred ticks under py27: optimized from the start too).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void HandleCheck(GilInterpreter interp)
    {
        if (interp.HasPendingCalls) interp.RunPendingCalls(this);
        interp.CountPacedCheckpoint();
        // Under a deterministic schedule most checkpoints only count down (GilInterpreter.ScheduledCheckpoints).
        // The old GIL releases and re-takes at every check, with or without a request.
        bool requested = interp.IsGilDropRequested;
        if ((requested || interp.Scheduler is OldGil) && !interp.PassScheduledCheckpoint())
        {
            // A yield to a drop request is recorded here; the old GIL's checks only by a thread that loses one
            // (OldGil), so that a check nobody answers costs no clock read and no store.
            GilTimeline? timeline = requested ? interp.Timeline : null;
            long dropped = timeline != null ? System.Diagnostics.Stopwatch.GetTimestamp() : 0;
            interp.Scheduler.YieldAtCheckpoint(this);
            timeline?.RecordYield(this, dropped);
        }
        if (_asyncException != null) RaiseAsyncException();
    }

    /// <summary>
    /// Gives up the GIL until the returned scope is disposed (Py_BEGIN/END_ALLOW_THREADS). Every blocking
    /// wait does its waiting inside such a scope: <c>using (ts.AllowThreads()) { wait(); }</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">This thread does not hold the GIL.</exception>
    public AllowThreadsScope AllowThreads()
    {
        ReleaseGil(GilDropReason.Blocking);
        return new AllowThreadsScope(this);
    }

    /// <summary>
    /// Asks this thread to raise <paramref name="exception"/> at its next honoured checkpoint
    /// (PyThreadState_SetAsyncExc); null withdraws a request not yet served. Callable from any thread.
    /// </summary>
    public void SetAsyncException(Exception? exception)
    {
        lock (_asyncExceptionGate)
        {
            bool had = _asyncException != null;
            _asyncException = exception;
            if (exception != null && !had) Interp.SignalAsyncException();
            else if (exception == null && had) Interp.UnsignalAsyncException();
        }
        if (exception != null) WakeInterruptibleWait();
    }

    /// <summary>
    /// True while an exception another thread asked this one to raise (a terminated process's exit) waits for a
    /// checkpoint: a blocking wait that could last forever checks it, so that terminate() ends a blocked process.
    /// </summary>
    internal bool HasPendingAsyncException => Volatile.Read(ref _asyncException) != null;

    /// <summary>Raises the pending async exception now, as the next checkpoint would (nothing when none is pending).</summary>
    internal void RaisePendingAsyncException() => RaiseAsyncException();

    private void RaiseAsyncException()
    {
        Exception? exception;
        lock (_asyncExceptionGate)
        {
            exception = _asyncException;
            if (exception == null) return;
            _asyncException = null;
            Interp.UnsignalAsyncException();
        }
        throw exception;
    }

    /// <summary>Takes the GIL through the interpreter's scheduling policy.</summary>
    internal void AcquireGil()
    {
        if (HoldsGil) throw new InvalidOperationException("this thread already holds the GIL");
        GilTimeline? timeline = Interp.Timeline;
        timeline?.Record(this, GilEventKind.Wait);
        Interp.Scheduler.TakeGil(this);
        timeline?.Record(this, GilEventKind.Take);
        HoldsGil = true;
        MarkRunning();
    }

    /// <summary>Gives up the GIL through the interpreter's scheduling policy.</summary>
    internal void ReleaseGil(GilDropReason reason)
    {
        if (!HoldsGil)
        {
            // A blocking call (time.sleep, a lock wait) inside an export that already released the GIL.
            if (ExportWithoutGil is not null) throw new GilNotHeldException(ExportWithoutGil);
            throw new InvalidOperationException("this thread does not hold the GIL");
        }
        HoldsGil = false;
        ReturnsFromBlockingCall = reason == GilDropReason.Blocking;
        // Outside Python code until the next take: blocked in a call, or in the host's C# code (Release).
        Interp.Timeline?.Record(this, reason is GilDropReason.Blocking or GilDropReason.Release ? GilEventKind.DropBlocking : GilEventKind.Drop);
        Interp.Scheduler.DropGil(this, reason);
    }

    internal void PushEnsure(bool tookGil) => _ensureTookGil.Add(tookGil);

    internal bool PopEnsure()
    {
        int last = _ensureTookGil.Count - 1;
        if (last < 0) throw new InvalidOperationException("GilInterpreter.Release without a matching Ensure on this thread");
        bool took = _ensureTookGil[last];
        _ensureTookGil.RemoveAt(last);
        return took;
    }
}
