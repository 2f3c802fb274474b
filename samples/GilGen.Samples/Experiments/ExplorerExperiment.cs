using System.Diagnostics;
using System.Globalization;
using GilGen.Runtime;

namespace GilGen.Samples.Experiments;

/// <summary>
/// Seed 07 (reduced to 10 threads x 1,000 increments, so that it takes seconds) under the deterministic
/// scheduler: the explorer finds a schedule that loses an update under <c>py39</c>, shrinks it and prints the
/// two-thread interleaving that loses it; with a lock (seed 08) it finds no failing schedule among the ones it
/// runs.
/// </summary>
public sealed class ExplorerExperiment : IExperiment
{
    private const int LockedSchedules = 100;
    private const string PerThread = "1000";

    /// <inheritdoc/>
    public string Title => "The explorer: the schedule that loses an update, and none with a lock (seeds 07, 08, py39)";

    /// <inheritdoc/>
    public void Run(Report report)
    {
        var clock = Stopwatch.StartNew();
        ExploreResult racy = GilExplorer.Explore(ExplorableProgram.FromModule(SeedCounters.Unlocked.ModuleDefinition, PerThread), new ExploreOptions { Profile = RuntimeProfile.Py39 });
        double seconds = clock.Elapsed.TotalSeconds;
        if (racy.Failing is not ScheduledRunResult failing)
        {
            report.Row("py39, 10 x 1,000", string.Create(CultureInfo.InvariantCulture, $"no failing schedule in {racy.SchedulesRun} schedules ({seconds:0.00} s)"));
        }
        else
        {
            report.Row("py39, 10 x 1,000", string.Create(CultureInfo.InvariantCulture,
                $"fails at schedule {racy.SchedulesRun}: {failing.Stdout.Trim()}; shrunk in {racy.ShrinkRuns} runs to {failing.Token} ({seconds:0.00} s)"));
            report.Block(ScheduleReport.FormatInterleaving(failing));
        }

        clock.Restart();
        ExploreResult locked = GilExplorer.Explore(ExplorableProgram.FromModule(SeedCounters.Locked.ModuleDefinition, PerThread), new ExploreOptions { Profile = RuntimeProfile.Py39, Schedules = LockedSchedules });
        report.Row("py39, 10 x 1,000, lock", string.Create(CultureInfo.InvariantCulture,
            $"{(locked.Failed ? "FAILS: " + locked.Reason : "no failing schedule")} in {locked.SchedulesRun} PCT schedules ({clock.Elapsed.TotalSeconds:0.00} s)"));
        report.Conclusion("the explorer shows the interleaving that loses the update and replays it by its token; with the lock none of its schedules fails");
    }
}
