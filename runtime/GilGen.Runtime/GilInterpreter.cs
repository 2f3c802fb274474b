using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using GilGen.Runtime;
using ThreadState = GilGen.Runtime.ThreadState;

namespace GilGen;

/// <summary>
/// One Python interpreter: its GIL (through its <see cref="Scheduler"/>), its threads, its modules and its
/// standard streams. Generated code reaches it through <see cref="Default"/> or the interpreter it was
/// handed; every OS thread that runs Python code enters it with <see cref="Ensure"/>.
/// </summary>
public sealed partial class GilInterpreter
{
    private static readonly Lazy<GilInterpreter> s_default = new(() => new GilInterpreter(), LazyThreadSafetyMode.ExecutionAndPublication);

    // The thread state of each OS thread that has entered this interpreter (PyGILState's TSS key).
    // Per interpreter, so one OS thread can hold thread states of several interpreters (PEP 684 workers).
    private readonly ThreadLocal<ThreadState?> _currentThreadState = new();

    private readonly object _threadStatesGate = new();
    private readonly List<ThreadState> _threadStates = new();
    private ThreadState? _mainThreadState;

    /// <summary>The process-wide interpreter, created on first use with profile <see cref="RuntimeProfile.Modern"/>.</summary>
    public static GilInterpreter Default => s_default.Value;

    /// <summary>Creates an interpreter; <paramref name="options"/> null means all defaults.</summary>
    public GilInterpreter(GilOptions? options = null)
    {
        options ??= new GilOptions();
        Profile = options.Profile;
        _evalBreakerBit = CheckpointMask.For(Profile);
        Stdout = options.Stdout ?? Console.Out;
        Stderr = options.Stderr ?? Console.Error;
        Argv = options.Argv ?? new[] { "" };
        if (!(options.SwitchInterval > 0.0))
            throw new ArgumentOutOfRangeException(nameof(options), options.SwitchInterval, "switch interval must be strictly positive");
        if (options.IoPriority && options.Profile is RuntimeProfile.Py27 or RuntimeProfile.FreeThreaded)
            throw new ArgumentException("IoPriority applies to the new GIL (py39, modern): py27's old GIL has no switch interval to cut short, free-threaded no GIL", nameof(options));
        if (options.TimelineCapacity < 0) throw new ArgumentOutOfRangeException(nameof(options), options.TimelineCapacity, "a timeline capacity cannot be negative");
        if (options.TimelineCapacity > 0) Timeline = new GilTimeline(options.TimelineCapacity);
        if (Profile == RuntimeProfile.FreeThreaded && options.SchedulingPolicy != null)
            throw new ArgumentException(NoGil.ScheduledRefusal, nameof(options));
        CountsTicks = Profile == RuntimeProfile.Py27;
        if (CountsTicks) EvalBreaker = _evalBreakerBit;
        Scheduler = options.SchedulingPolicy?.Invoke(this) ?? Profile switch
        {
            RuntimeProfile.Py27 => new OldGil(options.SwitchInterval),
            RuntimeProfile.FreeThreaded => new NoGil(options.SwitchInterval),
            _ => new Gil(this, options.SwitchInterval, options.PacedSwitchInterval ? CheckpointPace.For(options.Profile) : null) { IoPriority = options.IoPriority },
        };
        if (options.SchedulingPolicy != null) Scheduler.SwitchInterval = options.SwitchInterval;
    }

    /// <summary>The recorder of GIL events, when <see cref="GilOptions.TimelineCapacity"/> asked for one; else null.</summary>
    public GilTimeline? Timeline { get; }

    /// <summary>Which CPython's switching behaviour this interpreter reproduces.</summary>
    public RuntimeProfile Profile { get; }

    /// <summary>Decides which thread runs next: the GIL. Default: <see cref="Gil"/>.</summary>
    public ISchedulingPolicy Scheduler { get; }

    /// <summary>Where <c>print</c> writes (<c>sys.stdout</c>).</summary>
    public TextWriter Stdout { get; set; }

    /// <summary>Where tracebacks and thread exceptions are written (<c>sys.stderr</c>).</summary>
    public TextWriter Stderr { get; set; }

    private int _reportedExceptions;

    /// <summary>
    /// How many exceptions the interpreter has reported on <see cref="Stderr"/> itself: one that escaped a thread's
    /// run(), one raised by a thread started through <c>_thread</c>, one "ignored" in a finalizer. The explorer fails a
    /// schedule on these; text the program writes to sys.stderr (a logging handler's) is not one.
    /// </summary>
    public int ReportedExceptions => Volatile.Read(ref _reportedExceptions);

    // A worker process's interpreter counts its reports in its parent's too: they share stderr, and the parent is what
    // the explorer watches.
    private GilInterpreter? _reportsTo;

    /// <summary>Counts an exception this interpreter reports on stderr (<see cref="ReportedExceptions"/>).</summary>
    internal void NoteReportedException()
    {
        for (var interpreter = this; interpreter != null; interpreter = interpreter._reportsTo)
            Interlocked.Increment(ref interpreter._reportedExceptions);
    }

    /// <summary><c>sys.argv</c> as given in the options.</summary>
    public IReadOnlyList<string> Argv { get; }

    /// <summary>sys.get_int_max_str_digits(): the longest decimal int/str conversion allowed, 0 for no limit.</summary>
    public int IntMaxStrDigits { get; set; } = IntStrDigitLimit.Default;

    /// <summary>The GIL's counters so far (switches, drop requests, forced-switch waits).</summary>
    public GilCounters GilCounters => Scheduler.Counters;

    /// <summary>The calling OS thread's thread state, or null if it has never entered this interpreter.</summary>
    public ThreadState? CurrentThreadState => _currentThreadState.Value;

    /// <summary>The main thread's state: the first thread that entered this interpreter; null before that.</summary>
    public ThreadState? MainThreadState => Volatile.Read(ref _mainThreadState);

    /// <summary>
    /// Attaches the calling OS thread and takes the GIL (PyGILState_Ensure). Calls nest: an Ensure on a
    /// thread that already holds the GIL only counts, and its <see cref="Release"/> keeps the GIL.
    /// Every Ensure must be matched by a <see cref="Release"/> on the same thread.
    /// </summary>
    /// <returns>The calling thread's state, to pass to generated code and to <see cref="Release"/>.</returns>
    public ThreadState Ensure()
    {
        ThreadState ts = AttachCurrentThread();
        bool take = !ts.HoldsGil;
        if (take) ts.AcquireGil();
        ts.PushEnsure(take);
        return ts;
    }

    /// <summary>
    /// Undoes the matching <see cref="Ensure"/> (PyGILState_Release): gives the GIL back if that Ensure took
    /// it. The thread stays attached, so a later Ensure finds the same thread state (and the same
    /// <c>threading.current_thread()</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException"><paramref name="ts"/> is not the calling thread's, or has no Ensure to undo.</exception>
    public void Release(ThreadState ts)
    {
        ArgumentNullException.ThrowIfNull(ts);
        if (!ReferenceEquals(ts, _currentThreadState.Value))
            throw new InvalidOperationException("GilInterpreter.Release: the thread state does not belong to the calling thread");
        bool took = ts.PopEnsure();
        if (took) ts.ReleaseGil(ts.EnsureDepth == 0 ? GilDropReason.Release : GilDropReason.Blocking);
    }

    /// <summary>
    /// sys.setrecursionlimit's value, one for the interpreter as in CPython: a thread state made later starts with it
    /// (a <c>threading.Thread</c> started after the call), and <see cref="SetRecursionLimit"/> gives it to every one
    /// that exists. Each thread state keeps a copy, which its calls read.
    /// </summary>
    internal int RecursionLimit { get; private set; } = 1000;

    /// <summary>sys.setrecursionlimit(<paramref name="limit"/>): the interpreter's limit and every attached thread's.</summary>
    internal void SetRecursionLimit(int limit)
    {
        lock (_threadStatesGate)
        {
            RecursionLimit = limit;
            foreach (var ts in _threadStates) ts.RecursionLimit = limit;
        }
    }

    /// <summary>Thread states of every OS thread now attached to this interpreter.</summary>
    public IReadOnlyList<ThreadState> ThreadStates()
    {
        lock (_threadStatesGate) return _threadStates.ToArray();
    }

    /// <summary>The calling thread's state, made and registered on its first entry.</summary>
    private ThreadState AttachCurrentThread()
    {
        ThreadState? ts = _currentThreadState.Value;
        if (ts != null) return ts;
        ts = new ThreadState(this, Thread.CurrentThread);
        lock (_threadStatesGate)
        {
            ts.RecursionLimit = RecursionLimit;
            if (_mainThreadState == null)
            {
                ts.IsMainThread = true;
                Volatile.Write(ref _mainThreadState, ts);
            }
            _threadStates.Add(ts);
        }
        Timeline?.Record(ts, GilEventKind.ThreadStart);
        _currentThreadState.Value = ts;
        return ts;
    }

    /// <summary>
    /// Ends a thread for good: gives up the GIL without waiting for a successor (CPython's drop_gil with a
    /// NULL thread state) and detaches the thread state. Used when a thread started by <c>threading</c> ends.
    /// </summary>
    internal void ExitThread(ThreadState ts)
    {
        if (ts.HoldsGil) ts.ReleaseGil(GilDropReason.Exit);
        Timeline?.Record(ts, GilEventKind.ThreadExit);
        lock (_threadStatesGate) _threadStates.Remove(ts);
        if (ReferenceEquals(_currentThreadState.Value, ts)) _currentThreadState.Value = null;
    }
}
