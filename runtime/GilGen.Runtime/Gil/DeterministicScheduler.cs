using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;

namespace GilGen.Runtime;

/// <summary>
/// A scheduling policy under which a run is a pure function of (program, profile, strategy): one thread
/// runs at a time (the GIL is a baton handed from thread to thread), every honoured checkpoint is a
/// decision point where <see cref="IScheduleStrategy"/> picks who runs next, lock waits, joins, sleeps and
/// queue gets are blocked states this scheduler evaluates itself (so it knows who waits for what), time is
/// the virtual <see cref="Clock"/>, and <c>random</c> seeded from the OS draws from <see cref="Entropy"/>.
/// A deadlock (every live thread blocked, none with a timeout) or more than <see cref="MaxSteps"/>
/// decision points ends the run with <see cref="Failure"/> set and a <see cref="ScheduleAbortedException"/>
/// in the main thread, never a hang.
/// </summary>
/// <remarks>
/// <para>Plug it in with <see cref="GilGen.GilOptions.SchedulingPolicy"/>; generated code does not change.
/// It keeps the drop request raised, so every honoured checkpoint leaves the fast path; but decisions are
/// sparse: after each one the strategy says when it wants to choose again (<see cref="IScheduleStrategy.NextChoice"/>),
/// and until then a checkpoint only counts down (<c>GilInterpreter.PassScheduledCheckpoint</c>). The count is
/// cut short whenever the threads that can run may change: a thread blocks, ends or starts, the running thread
/// makes a waiter ready (<see cref="Wake"/>), or a timed wait is due. Every checkpoint still counts as a
/// decision point for the step numbers, the virtual clock and the step bound.</para>
/// <para>Determinism rests on two rules: a decision is made only while no started thread is still on its
/// way to its first <see cref="TakeGil"/> (<see cref="ExpectArrival"/>), and the candidates are evaluated
/// with nobody running. A thread that gives the GIL up around a wait this scheduler does not route (file
/// I/O) comes back when the operating system says; runs that do so are not reproducible.</para>
/// <para>After a failure the main thread leaves with the exception; every other thread of the run stays
/// parked for good (they are background threads), so nothing runs Python code concurrently while the
/// main thread unwinds.</para>
/// </remarks>
public sealed class DeterministicScheduler : ISchedulingPolicy
{
    /// <summary>Virtual nanoseconds each decision point adds to the clock.</summary>
    public const long StepNanoseconds = 1000;

    private readonly GilGen.GilInterpreter _interp;
    private readonly IScheduleStrategy _strategy;
    private readonly object _gate = new();
    private readonly List<ScheduledThread> _threads = new();
    private readonly Dictionary<ThreadState, ScheduledThread> _byState = new();
    private readonly List<int> _candidates = new();
    private readonly Comparison<int> _byLastStop;
    private ScheduledThread? _holder;
    private int _lastRunner = -1;
    private int _arriving;
    private readonly Queue<long> _arrivalSteps = new();

    // The step at which the holder must next make a real decision (the strategy's next choice, a timed
    // wake-up, the step bound); checkpoints before it only count down, or record a window step.
    private long _decisionDue = long.MaxValue;

    // Whether a waiter of the holder's time could be chosen over it if it woke (IScheduleStrategy.CanPreemptFor):
    // if not, Wake makes no decision.
    private bool _wakeMatters = true;

    // Whether the last decision had more than one candidate (so the strategy was asked, and its NextChoice holds).
    private bool _strategyAsked;

    // Steps whose preceding LookbehindSteps checkpoints are recorded (a replay of a schedule whose switches
    // are known), the next one to reach, and the steps recorded so far in the current zone.
    private long[] _lookbehindAt = Array.Empty<long>();
    private int _nextLookbehind;
    private readonly List<(int Thread, string Step)> _recent = new();
    private string? _failure;

    // The main thread has left the interpreter (the program is over): daemon threads still running are
    // frozen at their next decision point, as CPython freezes them at shutdown, so they neither burn CPU
    // nor add decisions to a finished run.
    private bool _ended;
    private long _intervalMicroseconds = (long)(Gil.DefaultSwitchIntervalSeconds * 1e6);

    /// <summary>A scheduler for <paramref name="interp"/> that asks <paramref name="strategy"/> at every choice.</summary>
    /// <param name="interp">The interpreter whose threads it runs.</param>
    /// <param name="strategy">Picks the next thread where more than one could run.</param>
    /// <param name="maxSteps">The step bound: more decision points than this end the run as a livelock.</param>
    /// <param name="entropySeed">The seed of <see cref="Entropy"/>.</param>
    public DeterministicScheduler(GilGen.GilInterpreter interp, IScheduleStrategy strategy, long maxSteps = long.MaxValue, int entropySeed = 0)
    {
        _interp = interp ?? throw new ArgumentNullException(nameof(interp));
        _strategy = strategy ?? throw new ArgumentNullException(nameof(strategy));
        if (maxSteps < 1) throw new ArgumentOutOfRangeException(nameof(maxSteps), maxSteps, "must be at least 1");
        MaxSteps = maxSteps;
        Entropy = new Random(entropySeed);
        Clock = new VirtualClock(interp, StepNanoseconds);
        _byLastStop = (a, b) =>
        {
            int byStop = _threads[b].LastStop.CompareTo(_threads[a].LastStop);
            return byStop != 0 ? byStop : a.CompareTo(b);
        };
    }

    /// <summary>How many checkpoints before each step of <see cref="RecordStepsBefore"/> are recorded.</summary>
    public const int LookbehindSteps = 6;

    /// <summary>
    /// Records the <see cref="LookbehindSteps"/> checkpoints before each of <paramref name="steps"/> (the steps
    /// of the switches of an earlier run of the same schedule), so that each switch's window also shows what
    /// the stopped thread did just before (<see cref="ScheduleWindow.Lookbehind"/>). Set before the run starts;
    /// the schedule is the same, since recording a step makes no decision.
    /// </summary>
    public void RecordStepsBefore(IEnumerable<long> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var sorted = new List<long>(steps);
        sorted.Sort();
        lock (_gate)
        {
            _lookbehindAt = sorted.ToArray();
            // A replay for a report: every switch gets its window (the lost update may be at the end of a long run).
            Trace.WindowLimit = Math.Max(ScheduleTrace.MaxWindowsKept, Math.Min(sorted.Count, ScheduleTrace.MaxSwitchesKept));
        }
    }

    /// <summary>The virtual clock of the run (<see cref="GilGen.GilInterpreter.Clock"/>).</summary>
    public VirtualClock Clock { get; }

    /// <summary>The run's one source of randomness beyond the strategy (<c>random</c> seeded from the OS).</summary>
    public Random Entropy { get; }

    /// <summary>The strategy that makes the choices.</summary>
    public IScheduleStrategy Strategy => _strategy;

    /// <summary>The step bound.</summary>
    public long MaxSteps { get; }

    /// <summary>The decisions made so far.</summary>
    public ScheduleTrace Trace { get; } = new();

    /// <summary>Why the run was aborted (a deadlock report, the step bound), or null.</summary>
    public string? Failure
    {
        get { lock (_gate) return _failure; }
    }

    /// <summary>True when the run was aborted because every live thread was blocked.</summary>
    public bool Deadlocked { get; private set; }

    /// <summary>"T1 (Thread-1 (worker))" for each thread index, in arrival order.</summary>
    public IReadOnlyList<string> ThreadLabels
    {
        get
        {
            lock (_gate)
            {
                var labels = new string[_threads.Count];
                for (int i = 0; i < labels.Length; i++) labels[i] = _threads[i].Label;
                return labels;
            }
        }
    }

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
    public GilCounters Counters
    {
        get
        {
            lock (_gate) return new GilCounters(Trace.SwitchCount, Trace.Steps, Trace.Preemptions, 0, Trace.Steps);
        }
    }

    /// <summary>The scheduler of <paramref name="ts"/>'s interpreter, or null under a real-time policy.</summary>
    public static DeterministicScheduler? Of(ThreadState ts) => ts.Interp.Scheduler as DeterministicScheduler;

    /// <inheritdoc/>
    public bool IsHeldBy(ThreadState ts)
    {
        lock (_gate) return _holder != null && ReferenceEquals(_holder.Ts, ts);
    }

    /// <summary>
    /// Announces a thread about to be started (before its OS thread starts): no decision is made until it
    /// has arrived in <see cref="TakeGil"/>, so its arrival time cannot change the schedule.
    /// </summary>
    public void ExpectArrival()
    {
        lock (_gate)
        {
            _arriving++;
            // The step the new thread arrives at, whenever its OS thread gets there: the step of its starter's
            // wait for it (the starter runs no checkpoint in between), so that the order of candidates, which
            // goes by LastStop, does not depend on whether the starter or the new thread got there first.
            _arrivalSteps.Enqueue(Trace.Steps + _interp.ScheduledCheckpointsPassed + 1);
        }
    }

    /// <summary>Withdraws an <see cref="ExpectArrival"/> whose thread could not be started.</summary>
    public void ArrivalCancelled()
    {
        lock (_gate)
        {
            if (_arriving > 0) _arriving--;
            _arrivalSteps.TryDequeue(out _);
            if (_holder == null) Decide(-1);
        }
    }

    /// <inheritdoc/>
    public void TakeGil(ThreadState ts)
    {
        ArgumentNullException.ThrowIfNull(ts);
        lock (_gate)
        {
            if (!_byState.TryGetValue(ts, out ScheduledThread? t))
            {
                t = new ScheduledThread(_threads.Count, ts);
                _threads.Add(t);
                _byState.Add(ts, t);
                if (_arriving > 0) _arriving--;
                _strategy.ThreadArrived(t.Index);
                t.LastStop = _arrivalSteps.TryDequeue(out long arrival) ? arrival : Trace.Steps;
            }
            t.State = ScheduledThreadState.Runnable;
            // The main thread entering again (a host calling in after the program): frozen threads stay frozen.
            if (ts.IsMainThread) _ended = false;
            if (_holder == null) Decide(-1);
            Await(t);
        }
        // Keep the request raised so that every honoured checkpoint is a decision point.
        _interp.SetGilDropRequest();
    }

    /// <inheritdoc/>
    public void DropGil(ThreadState ts, GilDropReason reason)
    {
        ArgumentNullException.ThrowIfNull(ts);
        lock (_gate)
        {
            ScheduledThread t = _byState[ts];
            if (ReferenceEquals(_holder, t))
            {
                Settle();
                _holder = null;
            }
            t.State = reason switch
            {
                GilDropReason.Exit => ScheduledThreadState.Gone,
                GilDropReason.Release => ScheduledThreadState.Outside,
                GilDropReason.Checkpoint => ScheduledThreadState.Runnable,
                _ => ScheduledThreadState.External,
            };
            if (reason == GilDropReason.Release && ts.IsMainThread)
            {
                _ended = true;
                SignalAll();
                return;
            }
            if (_failure != null) return;
            Step();
            if (_holder == null) Decide(-1);
        }
    }

    /// <inheritdoc/>
    public void YieldAtCheckpoint(ThreadState ts)
    {
        lock (_gate)
        {
            ScheduledThread t = _byState[ts];
            if (_failure != null || (_ended && !t.Ts.IsMainThread)) Abandon(t);
            Settle();
            if (t.Window != null) RecordWindowStep(t);
            Step();
            RecordLookbehind(t);
            // A checkpoint entered only to record a window step is no decision: the countdown goes on.
            if (!_interp.TakeScheduledWake() && Trace.Steps < _decisionDue && _failure == null)
            {
                Grant(t);
                return;
            }
            t.State = ScheduledThreadState.Runnable;
            _holder = null;
            Decide(t.Index);
            Await(t);
        }
    }

    /// <inheritdoc/>
    /// <remarks>The holder has just released a thread's starter: a decision at its next checkpoint.</remarks>
    public void ExpectWaiter() => Wake();

    /// <summary>
    /// Blocks the calling thread, which holds the GIL, until <paramref name="ready"/> holds or
    /// <paramref name="deadline"/> passes in virtual time; other threads run meanwhile. Returns true when
    /// ready, false on timeout. <paramref name="ready"/> is evaluated by the scheduler while nobody runs and
    /// must not change anything; the caller completes its action (takes the lock) when this returns, before
    /// any other thread can run.
    /// </summary>
    public bool Wait(ThreadState ts, Func<bool> ready, WaitDeadline deadline, WaitTarget target)
    {
        ArgumentNullException.ThrowIfNull(ready);
        lock (_gate)
        {
            ScheduledThread t = _byState[ts];
            if (_failure != null || (_ended && !t.Ts.IsMainThread)) Abandon(t);
            Settle();
            if (ready()) return true;
            long? end = deadline.EndOn(Clock);
            if (end is long e && e <= Clock.Nanoseconds) return false;
            t.State = ScheduledThreadState.Blocked;
            t.Ready = ready;
            t.WakeAt = end;
            t.Target = target;
            t.TimedOut = false;
            _holder = null;
            Step();
            Decide(-1);
            Await(t);
            bool ok = !t.TimedOut;
            t.Ready = null;
            t.WakeAt = null;
            t.Target = null;
            return ok;
        }
    }

    /// <summary>A decision point where the caller may go on (<c>time.sleep(0)</c>).</summary>
    public void Yield(ThreadState ts)
    {
        _interp.WakeScheduledDecision();
        YieldAtCheckpoint(ts);
    }

    /// <summary>
    /// Called by the running thread when it may have made a waiting thread ready (released a lock, put a
    /// queue item, started or ended a thread): its next checkpoint is a decision point, where that thread
    /// can be chosen.
    /// </summary>
    public void Wake()
    {
        if (_wakeMatters) _interp.WakeScheduledDecision();
    }

    /// <summary>
    /// <see cref="Wake"/> for a wake-up that can make only <paramref name="waiters"/> ready (the threads waiting
    /// for the lock the running thread released): a decision point only if the strategy could choose one of
    /// them over the running thread. Any other waiter that could be chosen was woken by its own call, so a
    /// decision here would keep the running thread; skipping it leaves the schedule as it is (a lock released
    /// at every iteration of a loop while a joiner of higher priority waits would otherwise decide every time).
    /// </summary>
    internal void Wake(IReadOnlyList<ThreadState> waiters)
    {
        if (!_wakeMatters) return;
        lock (_gate)
        {
            // The strategy has not been asked since the last decision, which had a single candidate: any new one counts.
            bool matters = !_strategyAsked || _holder == null;
            for (int i = 0; i < waiters.Count && !matters; i++)
            {
                matters = _byState.TryGetValue(waiters[i], out ScheduledThread? w) && w.State == ScheduledThreadState.Blocked
                    && _strategy.CanPreemptFor(_holder!.Index, w.Index);
            }
            if (matters) _interp.WakeScheduledDecision();
        }
    }

    // Counts the checkpoints the holder passed on its countdown as decision points. Only the holder calls it.
    private void Settle()
    {
        long passed = _interp.SettleScheduledCheckpoints();
        if (passed == 0) return;
        Trace.Steps += passed;
        Clock.Advance(passed * StepNanoseconds);
    }

    // Lets t, which holds the baton, run on until the next decision is due (or its next recorded step).
    private void Grant(ScheduledThread t)
    {
        long next = t.Window != null ? Trace.Steps + 1 : _decisionDue;
        while (_nextLookbehind < _lookbehindAt.Length && _lookbehindAt[_nextLookbehind] <= Trace.Steps) _nextLookbehind++;
        if (_nextLookbehind < _lookbehindAt.Length) next = Math.Min(next, _lookbehindAt[_nextLookbehind] - LookbehindSteps);
        _interp.GrantScheduledCheckpoints(Math.Max(0, Math.Min(next, _decisionDue) - Trace.Steps - 1));
        // After a decision without a choice the strategy has not been asked yet: any new candidate must be shown to it.
        _wakeMatters = !_strategyAsked;
        foreach (ScheduledThread w in _threads)
        {
            if (w.State == ScheduledThreadState.Blocked && _strategy.CanPreemptFor(t.Index, w.Index))
            {
                _wakeMatters = true;
                break;
            }
        }
    }

    // At a checkpoint inside a lookbehind zone: remember the step for the window of the coming switch.
    private void RecordLookbehind(ScheduledThread t)
    {
        while (_nextLookbehind < _lookbehindAt.Length && _lookbehindAt[_nextLookbehind] < Trace.Steps) _nextLookbehind++;
        if (_nextLookbehind >= _lookbehindAt.Length) return;
        long at = _lookbehindAt[_nextLookbehind];
        if (Trace.Steps < at - LookbehindSteps || Trace.Steps >= at || t.Ts.CheckpointCode is not CodeInfo code) return;
        _recent.Add((t.Index, CheckpointLocation.DescribeStep(t.Ts, code, t.Ts.CheckpointOffset)));
        if (_recent.Count > LookbehindSteps) _recent.RemoveAt(0);
    }

    // Under _gate: the step of the next real decision after one made now, with `strategyNext` the strategy's wish.
    private long DecisionDue(long strategyNext, long? nextWake)
    {
        long due = Math.Min(strategyNext, MaxSteps == long.MaxValue ? long.MaxValue : MaxSteps + 1);
        if (nextWake is long wake)
        {
            long steps = Math.Max(1, (wake - Clock.Nanoseconds + StepNanoseconds - 1) / StepNanoseconds);
            due = Math.Min(due, Trace.Steps + steps);
        }
        return Math.Max(due, Trace.Steps + 1);
    }

    private static void Signal(ScheduledThread t)
    {
        lock (t.Signal)
        {
            t.Woken = true;
            Monitor.Pulse(t.Signal);
        }
    }

    private void SignalAll()
    {
        foreach (ScheduledThread t in _threads) Signal(t);
    }

    // The first steps of a thread after a switch to it, with the values they read and wrote.
    private const int WindowSteps = 4;

    private void RecordWindowStep(ScheduledThread t)
    {
        if (t.Ts.CheckpointCode is CodeInfo code) t.Window!.After.Add(CheckpointLocation.DescribeStep(t.Ts, code, t.Ts.CheckpointOffset));
        if (--t.WindowStepsLeft <= 0) t.Window = null;
    }

    // Counts a decision point and moves virtual time; past the bound the run is a livelock.
    private void Step()
    {
        Trace.Steps++;
        Clock.Advance(StepNanoseconds);
        if (Trace.Steps > MaxSteps && _failure == null)
            Fail(string.Create(CultureInfo.InvariantCulture, $"step bound exceeded: more than {MaxSteps} decision points (a livelock, or a program too long for --max-steps)\n"));
    }

    // Waits, under _gate, until t holds the baton.
    private void Await(ScheduledThread t)
    {
        while (!ReferenceEquals(_holder, t))
        {
            if (_failure != null || (_ended && !t.Ts.IsMainThread)) Abandon(t);
            // Each thread waits on its own signal: a hand-over wakes the one thread chosen, not all of them.
            t.Woken = false;
            Monitor.Exit(_gate);
            try
            {
                lock (t.Signal)
                {
                    while (!t.Woken) Monitor.Wait(t.Signal);
                }
            }
            finally
            {
                Monitor.Enter(_gate);
            }
        }
        t.State = ScheduledThreadState.Running;
    }

    // After a failure: the main thread leaves with the report; any other thread parks for good (as it does
    // once the program has ended).
    private void Abandon(ScheduledThread t)
    {
        if (t.Ts.IsMainThread && _failure != null) throw new ScheduleAbortedException(_failure);
        t.State = ScheduledThreadState.Gone;
        while (true) Monitor.Wait(_gate);
    }

    private void Fail(string report)
    {
        _failure = report;
        SignalAll();
    }

    // Under _gate with nobody holding the baton: hands it to the next thread, if one can run now.
    private void Decide(int current)
    {
        if (_failure != null) return;
        // A thread on its way to its first TakeGil would be a candidate; wait for it.
        if (_arriving > 0) return;
        while (true)
        {
            _candidates.Clear();
            long now = Clock.Nanoseconds;
            long? nextWake = null;
            bool comesBack = false, outside = false, blocked = false;
            foreach (ScheduledThread t in _threads)
            {
                switch (t.State)
                {
                    case ScheduledThreadState.Runnable:
                        _candidates.Add(t.Index);
                        break;
                    case ScheduledThreadState.Blocked:
                        if (t.Ready!())
                        {
                            t.TimedOut = false;
                            _candidates.Add(t.Index);
                        }
                        else if (t.WakeAt is long wake)
                        {
                            if (wake <= now)
                            {
                                t.TimedOut = true;
                                _candidates.Add(t.Index);
                            }
                            else if (nextWake is not long n || wake < n)
                            {
                                nextWake = wake;
                            }
                        }
                        else
                        {
                            blocked = true;
                        }
                        break;
                    case ScheduledThreadState.External:
                        comesBack = true;
                        break;
                    case ScheduledThreadState.Outside:
                        outside = true;
                        break;
                }
            }

            if (_candidates.Count > 0)
            {
                // The non-preemptive choice, where the running thread cannot go on, is the thread that stopped
                // (or arrived) last: the one a blocking call just made runnable, such as the thread whose
                // start() the running thread waits for. Strategies see it first.
                if (_candidates.Count > 1) _candidates.Sort(_byLastStop);
                // The thread at a checkpoint was set runnable by its caller, so it is a candidate.
                int cur = current >= 0 && _threads[current].State == ScheduledThreadState.Runnable ? current : -1;
                int chosen = _candidates.Count == 1 ? _candidates[0] : _strategy.Choose(_candidates, cur, Trace.Steps);
                // With one candidate nothing can be chosen until the set changes, which cuts the countdown short.
                _strategyAsked = _candidates.Count > 1;
                _decisionDue = DecisionDue(_candidates.Count > 1 ? _strategy.NextChoice(Trace.Steps) : long.MaxValue, nextWake);
                if (chosen != cur && !IsCandidate(chosen)) throw new InvalidOperationException($"the schedule strategy chose T{chosen}, which cannot run");
                if (_candidates.Count > 1)
                {
                    Trace.RecordChoice(Trace.Steps, chosen);
                    if (chosen != (cur >= 0 ? cur : _candidates[0])) Trace.RecordDeviation(Trace.Steps, chosen, cur >= 0);
                }
                if (chosen != _lastRunner)
                {
                    if (_lastRunner >= 0) _threads[_lastRunner].LastStop = Trace.Steps;
                    ThreadState? from = null;
                    if (_lastRunner >= 0)
                    {
                        from = _threads[_lastRunner].Ts;
                        _threads[_lastRunner].Window = null;
                    }
                    string? where = from != null ? CheckpointLocation.Describe(from) : null;
                    string? stopped = cur < 0 && _lastRunner >= 0 ? HowStopped(_threads[_lastRunner]) : null;
                    Trace.RecordSwitch(new ScheduleSwitch(Trace.Steps, _lastRunner, chosen, cur >= 0, where, stopped));
                    string? before = from?.CheckpointCode is CodeInfo code ? CheckpointLocation.DescribeStep(from, code, from.CheckpointOffset) : null;
                    if (Trace.OpenWindow(before) is ScheduleWindow window)
                    {
                        foreach ((int thread, string step) in _recent)
                        {
                            if (thread == _lastRunner) window.Lookbehind.Add(step);
                        }
                        // A switch at a wait comes after the thread's last checkpoint, which is `before` already.
                        if (window.Lookbehind.Count > 0 && window.Lookbehind[^1] == before) window.Lookbehind.RemoveAt(window.Lookbehind.Count - 1);
                        _threads[chosen].Window = window;
                        _threads[chosen].WindowStepsLeft = WindowSteps;
                    }
                    _lastRunner = chosen;
                    _recent.Clear();
                }
                _holder = _threads[chosen];
                Grant(_holder);
                if (chosen != current) Signal(_holder);
                return;
            }
            if (comesBack) return;
            if (nextWake is long next)
            {
                Clock.AdvanceTo(next);
                continue;
            }
            // Every thread that could run again is blocked for good: unless the program has left (its main
            // thread is outside, daemon threads may stay blocked), that is a deadlock.
            if (blocked && !outside)
            {
                Deadlocked = true;
                Fail(DeadlockReport());
            }
            return;
        }
    }

    private bool IsCandidate(int index)
    {
        if ((uint)index >= (uint)_threads.Count) return false;
        ScheduledThread t = _threads[index];
        return t.State == ScheduledThreadState.Runnable || (t.State == ScheduledThreadState.Blocked && _candidates.Contains(index));
    }

    // How a thread that was not preempted stopped, for the switch that follows: what it waits for and where, or that it ended.
    private static string? HowStopped(ScheduledThread t) => t.State switch
    {
        ScheduledThreadState.Blocked => "waits for " + (t.Target?.What ?? "a condition") + (BlockedAt(t) is string at ? " at " + at : ""),
        ScheduledThreadState.Gone => "ended",
        _ => null,
    };

    // The line of the call that blocks (the `with lock_b:`), not of the last switch point; the name between
    // backquotes in what it waits for ("Lock `lock_b`") picks the call when several follow that checkpoint.
    private static string? BlockedAt(ScheduledThread t)
    {
        string? what = t.Target?.What;
        int tick = what?.IndexOf('`', StringComparison.Ordinal) ?? -1;
        string? awaited = tick >= 0 && what!.IndexOf('`', tick + 1) is int end && end > tick ? what[(tick + 1)..end] : null;
        return CheckpointLocation.DescribeBlockingCall(t.Ts, awaited);
    }

    private string DeadlockReport()
    {
        var text = new StringBuilder("deadlock: every thread is blocked\n");
        foreach (ScheduledThread t in _threads)
        {
            if (t.State != ScheduledThreadState.Blocked) continue;
            text.Append("  ").Append(t.Label).Append(" waits for ").Append(t.Target?.What ?? "a condition");
            ThreadState? holder = t.Target?.Holder?.Invoke();
            if (holder != null && _byState.TryGetValue(holder, out ScheduledThread? h)) text.Append(", held by ").Append(h.Label);
            if (BlockedAt(t) is string where) text.Append(", at ").Append(where);
            text.Append('\n');
        }
        // A cycle: follow "waits for something held by" from each blocked thread.
        foreach (ScheduledThread start in _threads)
        {
            var path = new List<ScheduledThread> { start };
            ScheduledThread at = start;
            while (at.State == ScheduledThreadState.Blocked
                   && at.Target?.Holder?.Invoke() is ThreadState hs && _byState.TryGetValue(hs, out ScheduledThread? next))
            {
                if (ReferenceEquals(next, start))
                {
                    if (start.Index == MinIndex(path))
                    {
                        // "cycle: T1 waits for Lock `lock_b` held by T2, which waits for Lock `lock_a` held by T1"
                        text.Append("  cycle: ");
                        for (int i = 0; i < path.Count; i++)
                        {
                            ScheduledThread p = path[i], holder = i + 1 < path.Count ? path[i + 1] : start;
                            if (i > 0) text.Append(", which");
                            else text.Append('T').Append(p.Index);
                            text.Append(" waits for ").Append(p.Target?.What ?? "a condition").Append(" held by T").Append(holder.Index);
                        }
                        text.Append('\n');
                    }
                    break;
                }
                if (path.Contains(next) || path.Count > _threads.Count) break;
                path.Add(next);
                at = next;
            }
        }
        return text.ToString();
    }

    private static int MinIndex(List<ScheduledThread> path)
    {
        int min = int.MaxValue;
        foreach (ScheduledThread p in path) min = Math.Min(min, p.Index);
        return min;
    }
}
