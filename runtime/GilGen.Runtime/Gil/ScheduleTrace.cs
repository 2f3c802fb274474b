using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>One hand-over of the baton: at decision point <see cref="Step"/>, thread <see cref="From"/> stopped and <see cref="To"/> ran.</summary>
/// <param name="Step">The decision point (counted from 1).</param>
/// <param name="From">The thread that ran before, or -1 at the first decision.</param>
/// <param name="To">The thread that runs after.</param>
/// <param name="Preempted">True when <see cref="From"/> could have gone on (a preemption), false when it blocked or ended.</param>
/// <param name="FromWhere">Where <see cref="From"/> stopped (its last checkpoint), or null when unknown.</param>
/// <param name="Stopped">When <see cref="From"/> was not preempted, how it stopped: "waits for Lock `a` at two, line 14: with a:"
/// (the call that blocks, which comes after its last checkpoint) or "ended"; null when preempted or unknown.</param>
public readonly record struct ScheduleSwitch(long Step, int From, int To, bool Preempted, string? FromWhere, string? Stopped = null);

/// <summary>
/// The steps around one switch, for the report: the last step of the thread that stopped, and the first
/// steps of the thread that ran next, each with the value read or written where it can be shown.
/// </summary>
public sealed class ScheduleWindow
{
    internal ScheduleWindow(int switchIndex, string? before)
    {
        SwitchIndex = switchIndex;
        Before = before;
    }

    /// <summary>The switch, as an index into <see cref="ScheduleTrace.Switches"/>.</summary>
    public int SwitchIndex { get; }

    /// <summary>The stopped thread's last step ("line 8 LOAD_GLOBAL counter → 41"), or null.</summary>
    public string? Before { get; }

    /// <summary>
    /// The stopped thread's steps before <see cref="Before"/>, oldest first, when the run recorded them
    /// (<see cref="DeterministicScheduler.RecordStepsBefore"/>); empty otherwise.
    /// </summary>
    public List<string> Lookbehind { get; } = new();

    /// <summary>The next thread's first steps after the switch.</summary>
    public List<string> After { get; } = new();
}

/// <summary>A choice that differs from the non-preemptive one: at decision point <see cref="Step"/>, thread <see cref="Thread"/> ran.</summary>
/// <param name="Step">The decision point.</param>
/// <param name="Thread">The thread chosen.</param>
/// <param name="Preemption">True when the running thread could have gone on (not part of a token: a
/// replayed schedule knows it from its own run).</param>
public readonly record struct ScheduleDeviation(long Step, int Thread, bool Preemption = false);

/// <summary>
/// The decisions of one deterministic run: how many there were, a hash of every choice (so two runs can be
/// compared for the same schedule) and the switches between threads, for the report of a failing run.
/// </summary>
public sealed class ScheduleTrace
{
    /// <summary>At most this many switches are kept (the first ones); the hash still covers every choice.</summary>
    public const int MaxSwitchesKept = 100_000;

    /// <summary>At most this many deviations are kept; a run with more cannot be written as a <see cref="ScriptedStrategy"/>.</summary>
    public const int MaxDeviationsKept = 100_000;

    private readonly List<ScheduleSwitch> _switches = new();
    private readonly List<ScheduleDeviation> _deviations = new();
    private readonly List<ScheduleWindow> _windows = new();

    /// <summary>At most this many switches get a <see cref="ScheduleWindow"/> (the first ones).</summary>
    public const int MaxWindowsKept = 200;

    /// <summary>How many switches get a window: <see cref="MaxWindowsKept"/>, or every kept switch in a recording replay.</summary>
    internal int WindowLimit { get; set; } = MaxWindowsKept;

    /// <summary>The steps around the first switches (<see cref="MaxWindowsKept"/>, or all in a recording replay).</summary>
    public IReadOnlyList<ScheduleWindow> Windows => _windows;

    internal ScheduleWindow? OpenWindow(string? before)
    {
        if (_windows.Count >= WindowLimit || _switches.Count == 0) return null;
        var window = new ScheduleWindow(_switches.Count - 1, before);
        _windows.Add(window);
        return window;
    }
    private ulong _hash = 14695981039346656037UL;

    /// <summary>Decision points passed (checkpoints, waits, drops).</summary>
    public long Steps { get; internal set; }

    /// <summary>Decisions made where more than one thread could run (the others were passed on a countdown).</summary>
    public long Choices { get; private set; }

    /// <summary>Switches from one thread to another.</summary>
    public long SwitchCount { get; private set; }

    /// <summary>Preemptions: switches away from a thread that could have gone on.</summary>
    public long Preemptions { get; private set; }

    /// <summary>FNV-1a over every deviation (step and thread): equal for equal schedules, however the choices were reached.</summary>
    public ulong Hash => _hash;

    /// <summary>The first <see cref="MaxSwitchesKept"/> switches, in order.</summary>
    public IReadOnlyList<ScheduleSwitch> Switches => _switches;

    /// <summary>
    /// Every choice that differs from the non-preemptive one (the running thread goes on; else the runnable
    /// thread that stopped or arrived last): with the program and profile, the whole schedule (see <see cref="ScriptedStrategy"/>).
    /// </summary>
    public IReadOnlyList<ScheduleDeviation> Deviations => _deviations;

    /// <summary>True when more deviations happened than <see cref="MaxDeviationsKept"/>.</summary>
    public bool DeviationsTruncated { get; private set; }

    internal void RecordDeviation(long step, int chosen, bool preemption)
    {
        if (_deviations.Count < MaxDeviationsKept) _deviations.Add(new ScheduleDeviation(step, chosen, preemption));
        else DeviationsTruncated = true;
        Mix(step);
        Mix(chosen);
    }

    internal void RecordChoice(long step, int chosen)
    {
        Choices++;
    }

    internal void RecordSwitch(ScheduleSwitch s)
    {
        SwitchCount++;
        if (s.Preempted) Preemptions++;
        if (_switches.Count < MaxSwitchesKept) _switches.Add(s);
    }

    private void Mix(long value)
    {
        for (int i = 0; i < 8; i++)
        {
            _hash ^= (byte)(value >> (8 * i));
            _hash *= 1099511628211UL;
        }
    }
}
