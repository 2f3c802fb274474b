using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace GilGen.Runtime;

/// <summary>
/// The text that shows a user a failing schedule: why it fails, what it printed against what was expected,
/// the threads, the interleaving (each preemption: which thread stopped where, which ran next), and the
/// command that replays it.
/// </summary>
public static class ScheduleReport
{
    /// <summary>At most this many switches are listed (the first ones).</summary>
    public const int MaxSwitchesShown = 60;

    /// <summary>
    /// The report of <paramref name="result"/>'s failing run, ending with the replay command for
    /// <paramref name="scriptPath"/> (or, when null, the C# call that replays it).
    /// </summary>
    public static string Format(ExploreResult result, string? scriptPath, GilGen.RuntimeProfile profile)
    {
        ArgumentNullException.ThrowIfNull(result);
        ScheduledRunResult run = result.Failing ?? throw new ArgumentException("the result has no failing schedule", nameof(result));
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"failing schedule {run.Token}: {result.Reason}\n");
        if (result.Unshrunk is ScheduledRunResult found)
            text.Append(CultureInfo.InvariantCulture,
                $"(shrunk from {found.Token}: {Counted(found.Trace.Preemptions, "preemption")}, {Counted(found.Trace.Deviations.Count, "deviation")} -> {Counted(run.Trace.Preemptions, "preemption")}, {Counted(run.Trace.Deviations.Count, "deviation")}, in {Counted(result.ShrinkRuns, "run")})\n");
        if (run.Aborted != null) text.Append(run.Aborted);
        if (run.Stderr.Length > 0) text.Append("stderr:\n").Append(Indent(run.Stderr));
        if (run.Stdout != result.Expected)
        {
            text.Append("expected output:\n").Append(Indent(result.Expected));
            text.Append("output of this schedule:\n").Append(Indent(run.Stdout));
        }
        text.Append("threads: ").Append(ThreadList(run.Threads)).Append('\n');
        AppendInterleaving(text, run);
        if (scriptPath != null) text.Append("replay: ").Append(ReplayCommand(run.Token, scriptPath, profile)).Append('\n');
        else text.Append(CultureInfo.InvariantCulture, $"replay: GilExplorer.Replay(program, RuntimeProfile.{profile}, \"{run.Token}\")\n");
        return text.ToString();
    }

    /// <summary>"1 preemption", "2 preemptions", "3 switches": <paramref name="count"/> and the noun in its number.</summary>
    public static string Counted(long count, string singular)
    {
        ArgumentNullException.ThrowIfNull(singular);
        string noun = count == 1 ? singular : singular + (singular.EndsWith("ch", StringComparison.Ordinal) ? "es" : "s");
        return string.Create(CultureInfo.InvariantCulture, $"{count} {noun}");
    }

    /// <summary><c>gilgen replay [--profile P] TOKEN FILE</c>; the profile only when it is not the default.</summary>
    public static string ReplayCommand(string token, string scriptPath, GilGen.RuntimeProfile profile)
    {
        string prof = profile == GilGen.RuntimeProfile.Modern ? "" : "--profile " + ProfileName(profile) + " ";
        return $"gilgen replay {prof}{token} {Quote(scriptPath)}";
    }

    /// <summary>The command-line name of <paramref name="profile"/>.</summary>
    public static string ProfileName(GilGen.RuntimeProfile profile) => profile switch
    {
        GilGen.RuntimeProfile.Py39 => "py39",
        GilGen.RuntimeProfile.Py27 => "py27",
        GilGen.RuntimeProfile.FreeThreaded => "free-threaded",
        _ => "modern",
    };

    /// <summary>
    /// The interleaving part of the report of <paramref name="run"/>: only the steps that matter when they show
    /// a lost update (<see cref="CriticalInterleaving"/>), else every switch with the steps around it.
    /// </summary>
    public static string FormatInterleaving(ScheduledRunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var text = new StringBuilder();
        AppendInterleaving(text, run);
        return text.ToString();
    }

    private static void AppendInterleaving(StringBuilder text, ScheduledRunResult run)
    {
        ScheduleTrace trace = run.Trace;
        text.Append(CultureInfo.InvariantCulture,
            $"interleaving: {Counted(trace.Steps, "decision point")}, {Counted(trace.SwitchCount, "switch")}, {Counted(trace.Preemptions, "preemption")}\n");
        if (CriticalInterleaving.Find(run) is CriticalInterleaving core)
        {
            AppendCore(text, run, core);
            return;
        }
        var windows = new Dictionary<int, ScheduleWindow>();
        foreach (ScheduleWindow w in trace.Windows) windows[w.SwitchIndex] = w;
        for (int i = 0; i < trace.Switches.Count; i++)
        {
            if (i == MaxSwitchesShown)
            {
                text.Append(CultureInfo.InvariantCulture, $"  ... {Counted(trace.SwitchCount - i, "more switch")}\n");
                break;
            }
            ScheduleSwitch s = trace.Switches[i];
            if (s.From < 0) continue;   // the first thread starting: nothing to show
            windows.TryGetValue(i, out ScheduleWindow? window);
            string? last = window?.Before ?? s.FromWhere;
            string how = s.Preempted ? "preempted" + (last != null ? " after " + last : "")
                : s.Stopped ?? "blocked or ended" + (last != null ? " after " + last : "");
            text.Append(CultureInfo.InvariantCulture, $"  step {s.Step,-9} {Label(run, s.From)} {how}\n");
            text.Append(CultureInfo.InvariantCulture, $"  {"",-14} switch -> {Label(run, s.To)}");
            if (window != null && window.After.Count > 0) text.Append(": ").Append(string.Join(" · ", window.After)).Append(" ...");
            text.Append('\n');
        }
        if (trace.Preemptions == 0) text.Append("  (no preemptions: threads ran one after another, switching only where they blocked or ended)\n");
    }

    // Only the steps that matter: the read, the other thread's write, the stale write; every other switch
    // (threads starting, blocking, ending) is left out.
    private static void AppendCore(StringBuilder text, ScheduledRunResult run, CriticalInterleaving core)
    {
        text.Append(CultureInfo.InvariantCulture,
            $"the steps that matter ({Counted(core.Threads.Count, "thread")}, {Counted(core.SwitchCount, "switch")}; the other {Counted(run.Trace.SwitchCount - core.SwitchCount, "switch")} {(run.Trace.SwitchCount - core.SwitchCount == 1 ? "is" : "are")} left out):\n");
        int width = 0;
        foreach (InterleavingPart part in core.Parts) width = Math.Max(width, Label(run, part.Thread).Length);
        for (int i = 0; i < core.Parts.Count; i++)
        {
            InterleavingPart part = core.Parts[i];
            if (i == 1) text.Append(CultureInfo.InvariantCulture, $"  {"",-4}switch: {Label(run, core.Parts[0].Thread)} preempted at step {core.PreemptionStep}\n");
            if (i == 2) text.Append(CultureInfo.InvariantCulture, $"  {"",-4}switch: {Label(run, part.Thread)} runs again at step {core.ResumeStep}\n");
            text.Append("  ").Append(Label(run, part.Thread).PadRight(width)).Append("  ");
            if (part.Elided) text.Append("... ");
            text.Append(string.Join(" · ", part.Steps)).Append('\n');
        }
        string reader = "T" + core.Parts[0].Thread.ToString(CultureInfo.InvariantCulture), writer = "T" + core.Parts[1].Thread.ToString(CultureInfo.InvariantCulture);
        text.Append(CultureInfo.InvariantCulture,
            $"  lost update: {reader} writes `{core.Variable}` from the value it read before {writer}'s write, which is lost\n");
    }

    // Every thread, or for many the first and last few and how many there are.
    private static string ThreadList(IReadOnlyList<string> threads)
    {
        if (threads.Count <= 12) return string.Join(", ", threads);
        var shown = new List<string>();
        for (int i = 0; i < 6; i++) shown.Add(threads[i]);
        shown.Add("...");
        for (int i = threads.Count - 2; i < threads.Count; i++) shown.Add(threads[i]);
        return string.Join(", ", shown) + string.Create(CultureInfo.InvariantCulture, $" ({threads.Count} threads)");
    }

    private static string Label(ScheduledRunResult run, int index) => index < run.Threads.Count ? run.Threads[index] : "T" + index;

    private static string Indent(string s)
    {
        var text = new StringBuilder();
        foreach (string line in s.TrimEnd('\n').Split('\n')) text.Append("  | ").Append(line).Append('\n');
        return text.ToString();
    }

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? "'" + path + "'" : path;
}
