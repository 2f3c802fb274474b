using System;

namespace GilGen.Runtime;

/// <summary>Where a thread stands for the <see cref="DeterministicScheduler"/>.</summary>
internal enum ScheduledThreadState
{
    /// <summary>Wants the GIL; may be chosen at the next decision point.</summary>
    Runnable,

    /// <summary>Holds the GIL (the baton).</summary>
    Running,

    /// <summary>Waits in <see cref="DeterministicScheduler.Wait"/> for a condition the scheduler evaluates.</summary>
    Blocked,

    /// <summary>Gave the GIL up around a wait the scheduler does not see (file I/O): it comes back on its own.</summary>
    External,

    /// <summary>Left the interpreter with its last Release (it may enter again).</summary>
    Outside,

    /// <summary>Ended.</summary>
    Gone,
}

/// <summary>One thread as the <see cref="DeterministicScheduler"/> keeps it; changed only under its gate.</summary>
internal sealed class ScheduledThread
{
    public ScheduledThread(int index, ThreadState ts)
    {
        Index = index;
        Ts = ts;
    }

    /// <summary>The number the schedule and the reports use: 0 for the first thread to arrive, then in arrival order.</summary>
    public int Index { get; }

    public ThreadState Ts { get; }

    public ScheduledThreadState State { get; set; } = ScheduledThreadState.Runnable;

    /// <summary>While blocked: true once the awaited condition holds.</summary>
    public Func<bool>? Ready { get; set; }

    /// <summary>While blocked: the virtual time its wait times out at, or null for never.</summary>
    public long? WakeAt { get; set; }

    /// <summary>While blocked: what it waits for.</summary>
    public WaitTarget? Target { get; set; }

    /// <summary>Set when the scheduler chose it because its wait timed out rather than because it became ready.</summary>
    public bool TimedOut { get; set; }

    /// <summary>The window whose first steps this thread is filling after a switch to it, and how many it still adds.</summary>
    public ScheduleWindow? Window { get; set; }

    public int WindowStepsLeft { get; set; }

    /// <summary>The step at which this thread last stopped running (or arrived): the latest goes first where nobody can go on.</summary>
    public long LastStop { get; set; }

    /// <summary>What this thread waits on for the baton (its own monitor: a hand-over wakes it alone).</summary>
    public object Signal { get; } = new();

    /// <summary>Set, under <see cref="Signal"/>, when the thread should look at the baton again.</summary>
    public bool Woken { get; set; }

    /// <summary>"T1 (Thread-1 (worker))": the index and the Python name.</summary>
    public string Label => $"T{Index} ({Name(Ts)})";

    internal static string Name(ThreadState ts) =>
        ts.ThreadObject?.Name ?? (ts.IsMainThread ? "MainThread" : "thread " + ts.Ident.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
