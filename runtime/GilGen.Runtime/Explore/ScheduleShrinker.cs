using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace GilGen.Runtime;

/// <summary>
/// Shrinks a failing schedule to fewer switches. A schedule is written as its deviations from the
/// non-preemptive schedule (<see cref="ScriptedStrategy"/>): everything not listed is non-preemptive. The
/// shrinker first tries the preemptions alone, then runs Zeller's delta debugging (ddmin: subsets, then
/// complements, at finer and finer granularity) over the deviations, keeping a candidate whenever its run
/// fails the same way, until the set is 1-minimal (removing any one deviation makes the failure go) or the
/// budget is spent. It does not search for deviations the found schedule did not make, so the result is
/// minimal among the found schedule's subsets, not always the smallest schedule that fails.
/// Every candidate is run, so the result is a real failing schedule, replayable by its <c>ds-</c> token.
/// </summary>
public static class ScheduleShrinker
{
    /// <summary>
    /// A schedule with at most as many deviations as <paramref name="failing"/> that still fails for
    /// <paramref name="reason"/>; <paramref name="failing"/> itself when nothing could be removed. Stops after
    /// <paramref name="maxRuns"/> runs or <paramref name="budget"/> of wall time.
    /// </summary>
    public static ScheduledRunResult Shrink(
        ExplorableProgram program, GilGen.RuntimeProfile profile, ScheduledRunResult failing, string expected, string reason,
        long maxSteps, int maxRuns, TimeSpan budget) =>
        Shrink(program, profile, failing, expected, reason, maxSteps, maxRuns, budget, out _);

    /// <summary>As the other overload, and says how many runs shrinking took.</summary>
    public static ScheduledRunResult Shrink(
        ExplorableProgram program, GilGen.RuntimeProfile profile, ScheduledRunResult failing, string expected, string reason,
        long maxSteps, int maxRuns, TimeSpan budget, out int runs)
    {
        ArgumentNullException.ThrowIfNull(failing);
        runs = 0;
        if (failing.Trace.DeviationsTruncated || failing.Trace.Deviations.Count == 0) return failing;
        var clock = Stopwatch.StartNew();
        int used = 0;
        var current = new List<ScheduleDeviation>(failing.Trace.Deviations);
        ScheduledRunResult best = failing;

        // Runs a candidate; on the same failure it becomes the current schedule (with the deviations the run
        // really made: leaving one out can move later decision points).
        bool Fails(List<ScheduleDeviation> candidate)
        {
            used++;
            ScheduledRunResult run = ScheduledRun.Run(program, profile, new ScriptedStrategy(candidate), maxSteps);
            if (GilExplorer.FailureOf(run, expected) != reason || run.Trace.Deviations.Count > candidate.Count) return false;
            current = new List<ScheduleDeviation>(run.Trace.Deviations);
            best = run;
            return true;
        }

        bool OutOfBudget() => used >= maxRuns || clock.Elapsed > budget;

        // The choices made where a thread blocked or ended are often incidental: first the preemptions alone.
        List<ScheduleDeviation> preemptions = current.FindAll(d => d.Preemption);
        if (preemptions.Count > 0 && preemptions.Count < current.Count) Fails(preemptions);

        int n = 2;
        while (current.Count >= 2 && !OutOfBudget())
        {
            List<List<ScheduleDeviation>> chunks = Split(current, Math.Min(n, current.Count));
            bool reduced = false;
            // Subsets first: a lost update needs only a few deviations of a long schedule.
            foreach (List<ScheduleDeviation> chunk in chunks)
            {
                if (OutOfBudget()) break;
                if (Fails(chunk))
                {
                    n = 2;
                    reduced = true;
                    break;
                }
            }
            if (!reduced && chunks.Count > 2)
            {
                for (int i = 0; i < chunks.Count && !OutOfBudget(); i++)
                {
                    var complement = new List<ScheduleDeviation>(current.Count);
                    for (int j = 0; j < chunks.Count; j++)
                    {
                        if (j != i) complement.AddRange(chunks[j]);
                    }
                    if (Fails(complement))
                    {
                        n = Math.Max(n - 1, 2);
                        reduced = true;
                        break;
                    }
                }
            }
            if (reduced) continue;
            if (n >= current.Count) break;
            n = Math.Min(2 * n, current.Count);
        }

        // A single deviation that still fails alone (the loop above stops at two).
        if (current.Count == 2 && !OutOfBudget())
        {
            List<ScheduleDeviation> pair = current;
            if (!Fails(new List<ScheduleDeviation> { pair[0] }) && !OutOfBudget()) Fails(new List<ScheduleDeviation> { pair[1] });
        }
        runs = used;
        return best;
    }

    private static List<List<ScheduleDeviation>> Split(List<ScheduleDeviation> items, int n)
    {
        var chunks = new List<List<ScheduleDeviation>>(n);
        int start = 0;
        for (int i = 0; i < n; i++)
        {
            int size = (items.Count - start) / (n - i);
            chunks.Add(items.GetRange(start, size));
            start += size;
        }
        return chunks;
    }
}
