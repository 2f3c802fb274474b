using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace GilGen.Runtime;

/// <summary>Per-thread figures of a <see cref="GilTimeline"/>: what <c>gilgen run --stats</c> prints.</summary>
public static class GilTimelineStats
{
    /// <summary>
    /// A table with one line per thread: seconds holding the GIL, waiting for it and blocked, how many times
    /// it took the GIL from another thread (switches), and its drop requests and forced switches.
    /// </summary>
    /// <param name="timeline">The recording.</param>
    /// <param name="threadName">Names a thread; default: its <c>threading.Thread</c>'s name ("MainThread", "Thread-1 (work)").</param>
    /// <param name="hasGil">
    /// False for an interpreter without a GIL (<see cref="NoGil"/>, the free-threaded profile): there is nothing
    /// to hold, wait for, switch or request, so the table has, per thread, the seconds it ran (attached to the
    /// interpreter, in parallel with the others) and the seconds it was blocked, under a line saying so.
    /// </param>
    public static string Format(GilTimeline timeline, Func<ThreadState, string>? threadName = null, bool hasGil = true)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        threadName ??= ScheduledThread.Name;
        GilEvent[] events = timeline.Snapshot();
        List<GilInterval> intervals = timeline.Intervals(events);
        IReadOnlyList<ThreadState> threads = timeline.Threads;
        if (!hasGil) return FormatWithoutGil(timeline, intervals, threads, threadName);
        var switches = new long[threads.Count];
        var requests = new long[threads.Count];
        var forced = new long[threads.Count];
        int lastTaker = -1;
        foreach (var e in events)
        {
            if (e.Thread >= threads.Count) continue;
            switch (e.Kind)
            {
                case GilEventKind.Take:
                    if (lastTaker != e.Thread) switches[e.Thread]++;
                    lastTaker = e.Thread;
                    break;
                case GilEventKind.DropRequest: requests[e.Thread]++; break;
                case GilEventKind.ForcedSwitch: forced[e.Thread]++; break;
            }
        }
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{"thread",-28} {"held s",9} {"waiting s",10} {"blocked s",10} {"switches",9} {"drop req",9} {"forced",7}\n");
        for (int i = 0; i < threads.Count; i++)
        {
            double Sum(GilIntervalKind kind) => intervals.Where(v => v.Thread == i && v.Kind == kind).Sum(v => v.Duration);
            string name = Name(threadName, threads[i]);
            text.Append(CultureInfo.InvariantCulture,
                $"{name,-28} {Sum(GilIntervalKind.Held),9:0.000} {Sum(GilIntervalKind.Waiting),10:0.000} {Sum(GilIntervalKind.Blocked),10:0.000} {switches[i],9} {requests[i],9} {forced[i],7}\n");
        }
        AppendOverwritten(text, timeline);
        return text.ToString();
    }

    // No GIL: a thread's "held" intervals are the times it ran; nobody waits for anybody.
    private static string FormatWithoutGil(GilTimeline timeline, List<GilInterval> intervals, IReadOnlyList<ThreadState> threads, Func<ThreadState, string> threadName)
    {
        var text = new StringBuilder();
        text.Append("no GIL: threads run in parallel; per thread, the seconds it ran and the seconds it was blocked\n");
        text.Append(CultureInfo.InvariantCulture, $"{"thread",-28} {"running s",10} {"blocked s",10}\n");
        for (int i = 0; i < threads.Count; i++)
        {
            double Sum(GilIntervalKind kind) => intervals.Where(v => v.Thread == i && v.Kind == kind).Sum(v => v.Duration);
            text.Append(CultureInfo.InvariantCulture, $"{Name(threadName, threads[i]),-28} {Sum(GilIntervalKind.Held),10:0.000} {Sum(GilIntervalKind.Blocked),10:0.000}\n");
        }
        AppendOverwritten(text, timeline);
        return text.ToString();
    }

    private static string Name(Func<ThreadState, string> threadName, ThreadState thread)
    {
        string name = threadName(thread);
        return name.Length > 28 ? name[..25] + "..." : name;
    }

    private static void AppendOverwritten(StringBuilder text, GilTimeline timeline)
    {
        if (timeline.Overwritten > 0)
            text.Append(CultureInfo.InvariantCulture, $"(the first {timeline.Overwritten} events were overwritten: the buffer holds the last ones only)\n");
    }
}
