using System.Diagnostics;
using System.Globalization;
using System.IO;
using GilGen.Cli.Caching;
using GilGen.Cli.CommandLine;
using GilGen.Cli.Compilation;
using GilGen.Cli.Execution;
using GilGen.Runtime;

namespace GilGen.Cli;

/// <summary>
/// <c>gilgen explore</c>: runs a script under many deterministic schedules and reports the first that fails,
/// with the command that replays it; <c>gilgen replay</c>: runs one schedule again. Exit status 0 when
/// nothing failed, 1 when a schedule failed (so CI can use it).
/// </summary>
public static class ExploreCommand
{
    /// <summary>Runs <c>explore</c> and returns its exit status.</summary>
    public static int Explore(ExploreCommandOptions options, TextWriter stdout, TextWriter stderr, AssemblyCache cache)
    {
        ModuleDefinition? module = ScriptModuleLoader.Load(options.ScriptPath, stderr, cache, out int status);
        if (module is null) return status;
        ExploreOptions explore = options.Explore;
        var clock = Stopwatch.StartNew();
        ExploreResult result;
        var progress = new ExploreProgressLine(stderr);
        try
        {
            result = GilExplorer.Explore(module, explore, progress.Report);
        }
        catch (System.InvalidOperationException e)
        {
            progress.Finish();
            stderr.Write("gilgen: explore: " + e.Message + "\n");
            return ExitStatus.Usage;
        }
        progress.Finish();
        clock.Stop();
        string strategy = explore.Strategy switch
        {
            ExploreStrategy.Pct => string.Create(CultureInfo.InvariantCulture, $"pct (depth {explore.Depth})"),
            ExploreStrategy.Dfs => string.Create(CultureInfo.InvariantCulture, $"dfs (at most {ScheduleReport.Counted(explore.PreemptionBound, "preemption")})"),
            _ => "random walk",
        };
        stdout.Write(string.Create(CultureInfo.InvariantCulture,
            $"explored {ScheduleReport.Counted(result.SchedulesRun, "schedule")} ({result.DistinctSchedules} distinct) with {strategy} from seed {explore.Seed}, profile {ScheduleReport.ProfileName(explore.Profile)}, in {clock.Elapsed.TotalSeconds:0.00} s\n"));
        if (!result.Failed)
        {
            if (result.TimeLimitReached) stdout.Write("time limit reached\n");
            stdout.Write(result.Exhausted
                ? string.Create(CultureInfo.InvariantCulture, $"the space of schedules with at most {ScheduleReport.Counted(explore.PreemptionBound, "preemption")} is exhausted: no failing schedule\n")
                : "no failing schedule found\n");
            return ExitStatus.Success;
        }
        stdout.Write(ScheduleReport.Format(result, options.ScriptPath, explore.Profile));
        return ExitStatus.UncaughtException;
    }

    /// <summary>Runs <c>replay</c>: the program's output under the schedule, then the report if it fails.</summary>
    public static int Replay(ExploreCommandOptions options, TextWriter stdout, TextWriter stderr, AssemblyCache cache)
    {
        ModuleDefinition? module = ScriptModuleLoader.Load(options.ScriptPath, stderr, cache, out int status);
        if (module is null) return status;
        ExploreOptions explore = options.Explore;
        ExploreResult result = GilExplorer.Replay(module, explore.Profile, options.Token!, explore.Expect, explore.MaxSteps);
        ScheduledRunResult run = result.Replayed!;
        stdout.Write(run.Stdout);
        stderr.Write(run.Stderr);
        if (!result.Failed)
        {
            stdout.Write($"schedule {run.Token}: no failure\n");
            return ExitStatus.Success;
        }
        stdout.Write(ScheduleReport.Format(result, options.ScriptPath, explore.Profile));
        return ExitStatus.UncaughtException;
    }
}
