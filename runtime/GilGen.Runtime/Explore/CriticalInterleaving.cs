using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace GilGen.Runtime;

/// <summary>One thread's part of a <see cref="CriticalInterleaving"/>: the steps it ran there, in order.</summary>
/// <param name="Thread">The thread's index in the run.</param>
/// <param name="Steps">Its steps ("increment:11 LOAD_GLOBAL counter → 41"), in order; not necessarily contiguous with the next part.</param>
/// <param name="Elided">True when the thread ran steps before these that are left out.</param>
public readonly record struct InterleavingPart(int Thread, IReadOnlyList<string> Steps, bool Elided);

/// <summary>
/// The few steps of a failing schedule that make a lost update, with everything else left out: a thread reads a
/// global (<c>LOAD_GLOBAL counter → 41</c>) and is preempted, another thread writes that global
/// (<c>STORE_GLOBAL counter ← 42</c>), and the first thread, resumed, writes what it computed from its stale read
/// (<c>STORE_GLOBAL counter ← 42</c>). Two threads, two switches. Found from the windows of a run that
/// recorded the steps before its switches (<see cref="ScheduledRun.Rerecord"/>).
/// </summary>
public sealed partial class CriticalInterleaving
{
    private CriticalInterleaving(string variable, IReadOnlyList<InterleavingPart> parts, long preemptionStep, long resumeStep)
    {
        Variable = variable;
        Parts = parts;
        PreemptionStep = preemptionStep;
        ResumeStep = resumeStep;
    }

    /// <summary>The global whose update is lost.</summary>
    public string Variable { get; }

    /// <summary>The reading thread, the writing thread, the reading thread again.</summary>
    public IReadOnlyList<InterleavingPart> Parts { get; }

    /// <summary>The decision point where the reading thread was preempted.</summary>
    public long PreemptionStep { get; }

    /// <summary>The decision point where it ran again.</summary>
    public long ResumeStep { get; }

    /// <summary>Switches between the parts (two).</summary>
    public int SwitchCount => Parts.Count - 1;

    /// <summary>The threads involved (two), in order of appearance.</summary>
    public IReadOnlyList<int> Threads
    {
        get
        {
            var threads = new List<int>();
            foreach (InterleavingPart p in Parts)
            {
                if (!threads.Contains(p.Thread)) threads.Add(p.Thread);
            }
            return threads;
        }
    }

    /// <summary>The lost update in <paramref name="run"/>'s schedule, or null when its windows show none.</summary>
    public static CriticalInterleaving? Find(ScheduledRunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        ScheduleTrace trace = run.Trace;
        var windows = new Dictionary<int, ScheduleWindow>();
        foreach (ScheduleWindow w in trace.Windows) windows[w.SwitchIndex] = w;
        for (int i = 0; i < trace.Switches.Count; i++)
        {
            ScheduleSwitch preemption = trace.Switches[i];
            if (!preemption.Preempted || preemption.From < 0 || !windows.TryGetValue(i, out ScheduleWindow? stop)) continue;
            int reader = preemption.From;
            List<string> before = StepsBefore(stop);
            int read = LastIndex(before, s => Read().Match(s) is { Success: true });
            if (read < 0) continue;
            string variable = Read().Match(before[read]).Groups[1].Value;

            int resume = -1;
            for (int j = i + 1; j < trace.Switches.Count && resume < 0; j++)
            {
                if (trace.Switches[j].To == reader) resume = j;
            }
            if (resume < 0 || !windows.TryGetValue(resume, out ScheduleWindow? back)) continue;
            int store = back.After.FindIndex(s => Writes(s, variable));
            // A read of the variable before the write means the thread did not write from its stale value
            // (or the preemption was at a function's entry, before the read it names).
            if (store < 0 || back.After.FindIndex(0, store, s => Read().IsMatch(s) && Read().Match(s).Groups[1].Value == variable) >= 0) continue;

            // The write the reader overwrites: the last one another thread made before it ran again.
            for (int k = resume; k > i; k--)
            {
                ScheduleSwitch away = trace.Switches[k];
                if (away.From == reader || away.From < 0 || !windows.TryGetValue(k, out ScheduleWindow? w)) continue;
                List<string> steps = StepsBefore(w);
                int write = LastIndex(steps, s => Writes(s, variable));
                if (write < 0) continue;
                int first = Math.Max(0, write - 2);
                var parts = new[]
                {
                    new InterleavingPart(reader, before.GetRange(read, before.Count - read), read > 0),
                    new InterleavingPart(away.From, steps.GetRange(first, write - first + 1), true),
                    new InterleavingPart(reader, back.After.GetRange(0, store + 1), false),
                };
                return new CriticalInterleaving(variable, parts, preemption.Step, trace.Switches[resume].Step);
            }
        }
        return null;
    }

    private static List<string> StepsBefore(ScheduleWindow w)
    {
        var steps = new List<string>(w.Lookbehind);
        if (w.Before != null) steps.Add(w.Before);
        return steps;
    }

    private static bool Writes(string step, string variable)
    {
        Match m = Write().Match(step);
        return m.Success && m.Groups[1].Value == variable;
    }

    private static int LastIndex(List<string> steps, Predicate<string> match)
    {
        for (int i = steps.Count - 1; i >= 0; i--)
        {
            if (match(steps[i])) return i;
        }
        return -1;
    }

    [GeneratedRegex(@" (?:LOAD_GLOBAL|LOAD_NAME) (\S+) → ")]
    private static partial Regex Read();

    [GeneratedRegex(@" (?:STORE_GLOBAL|STORE_NAME) (\S+) ← ")]
    private static partial Regex Write();
}
