using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace GilGen.Runtime;

/// <summary>
/// Shrinks a failing schedule to fewer switches: delta debugging (Zeller's ddmin, by removal) over its
/// deviations from the non-preemptive schedule, keeping a removal whenever the run still fails the same way,
/// then each deviation alone and each pair. It does not search for deviations the found schedule did not
/// make, so the result is smaller but not always the smallest.
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
        long maxSteps, int maxRuns, TimeSpan budget)
    {
        ArgumentNullException.ThrowIfNull(failing);
        if (failing.Trace.DeviationsTruncated || failing.Trace.Deviations.Count == 0) return failing;
        var clock = Stopwatch.StartNew();
        int runs = 0;
        var deviations = new List<ScheduleDeviation>(failing.Trace.Deviations);
        ScheduledRunResult best = failing;

        bool StillFails(List<ScheduleDeviation> candidate, out ScheduledRunResult run)
        {
            runs++;
            run = ScheduledRun.Run(program, profile, new ScriptedStrategy(candidate), maxSteps);
            return GilExplorer.FailureOf(run, expected) == reason;
        }

        bool OutOfBudget() => runs >= maxRuns || clock.Elapsed > budget;

        // The choices made where a thread blocked or ended are often incidental: first try the preemptions alone.
        List<ScheduleDeviation> preemptions = deviations.FindAll(d => d.Preemption);
        if (preemptions.Count < deviations.Count && StillFails(preemptions, out ScheduledRunResult onlyPreemptions))
        {
            deviations = new List<ScheduleDeviation>(onlyPreemptions.Trace.Deviations);
            best = onlyPreemptions;
        }

        int chunk = Math.Max(1, deviations.Count / 2);
        while (!OutOfBudget())
        {
            bool removed = false;
            for (int start = 0; start < deviations.Count && !OutOfBudget();)
            {
                var candidate = new List<ScheduleDeviation>(deviations);
                candidate.RemoveRange(start, Math.Min(chunk, deviations.Count - start));
                if (StillFails(candidate, out ScheduledRunResult run))
                {
                    // Keep the deviations the run really made: a removal can move later decision points.
                    deviations = new List<ScheduleDeviation>(run.Trace.Deviations);
                    best = run;
                    removed = true;
                }
                else
                {
                    start += chunk;
                }
            }
            if (chunk == 1 && !removed) break;
            if (!removed || chunk > deviations.Count) chunk = Math.Max(1, chunk / 2);
        }

        // Removal alone can get stuck on a set whose members only fail together while one deviation from
        // elsewhere fails alone (a lost update needs one preemption between the read and the write; the
        // strategy's schedule may have taken two elsewhere): try each deviation of the found schedule alone,
        // then each pair.
        IReadOnlyList<ScheduleDeviation> found = failing.Trace.Deviations;
        for (int size = 1; size <= 2 && size < deviations.Count; size++)
        {
            for (int i = 0; i < found.Count && !OutOfBudget(); i++)
            {
                for (int j = size == 1 ? i : i + 1; j < found.Count && !OutOfBudget(); j++)
                {
                    var candidate = new List<ScheduleDeviation> { found[i] };
                    if (size == 2) candidate.Add(found[j]);
                    if (StillFails(candidate, out ScheduledRunResult run) && run.Trace.Deviations.Count < deviations.Count)
                    {
                        deviations = new List<ScheduleDeviation>(run.Trace.Deviations);
                        best = run;
                        return best;
                    }
                    if (size == 1) break;
                }
            }
        }
        return best;
    }
}
