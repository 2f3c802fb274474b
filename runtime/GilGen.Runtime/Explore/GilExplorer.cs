using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// Runs a program under many deterministic schedules and stops at the first that fails: an uncaught
/// exception in any thread (a failed <c>assert</c> included), output other than expected, a deadlock, or
/// the step bound. Each schedule is named by a replay token; <see cref="Replay"/> runs one again exactly.
/// </summary>
public static class GilExplorer
{
    /// <summary>Explores <paramref name="module"/> as <paramref name="options"/> say.</summary>
    /// <param name="module">The program, run as <c>__main__</c> of a fresh interpreter each time.</param>
    /// <param name="options">Strategy, number of schedules, seed, bounds, expected output.</param>
    /// <param name="progress">Called after each schedule; may be null.</param>
    public static ExploreResult Explore(ModuleDefinition module, ExploreOptions options, Action<ExploreProgress>? progress = null) =>
        Explore(ExplorableProgram.FromModule(module), options, progress);

    /// <summary>Explores <paramref name="program"/> (a module or a C# delegate) as <paramref name="options"/> say.</summary>
    public static ExploreResult Explore(ExplorableProgram program, ExploreOptions options, Action<ExploreProgress>? progress = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(options);
        ScheduledRunResult reference = ScheduledRun.Run(program, options.Profile, new NonPreemptiveStrategy(), options.MaxSteps ?? 100_000_000);
        string expected = options.Expect ?? reference.Stdout;
        string? reason = FailureOf(reference, expected);
        if (reason != null) return new ExploreResult(reference, expected, 0, 1, reference, reason);

        long maxSteps = options.MaxSteps ?? Math.Max(1_000_000, reference.Trace.Steps * 10);
        var seen = new HashSet<ulong>();
        IReadOnlyList<int>? dfsPrefix = Array.Empty<int>();
        for (int i = 0; i < options.Schedules; i++)
        {
            int seed = unchecked(options.Seed + i) & int.MaxValue;
            IScheduleStrategy strategy = options.Strategy == ExploreStrategy.Dfs
                ? new DfsStrategy(dfsPrefix!)
                : MakeStrategy(options, seed, reference.Trace.Steps);
            ScheduledRunResult run = ScheduledRun.Run(program, options.Profile, strategy, maxSteps);
            if (strategy is DfsStrategy)
            {
                // A DFS run is named by its choices: the ds- token of its deviations.
                run = run with { Token = new ScriptedStrategy(run.Trace.Deviations).Token };
            }
            seen.Add(run.Trace.Hash);
            progress?.Invoke(new ExploreProgress(i + 1, options.Schedules, seen.Count, clock.Elapsed, options.TimeLimit));
            reason = FailureOf(run, expected);
            if (reason == null)
            {
                if (options.TimeLimit is TimeSpan limit && clock.Elapsed >= limit)
                    return new ExploreResult(reference, expected, i + 1, seen.Count, null, null) { TimeLimitReached = true };
                if (strategy is not DfsStrategy dfs) continue;
                if (dfs.Overflowed)
                    throw new InvalidOperationException($"the program makes more than {DfsStrategy.MaxChoicePoints} scheduling choices in one run: too long for a systematic search (use pct or random)");
                dfsPrefix = dfs.NextPrefix(options.PreemptionBound);
                if (dfsPrefix == null) return new ExploreResult(reference, expected, i + 1, seen.Count, null, null) { Exhausted = true };
                continue;
            }
            if (!options.Shrink) return new ExploreResult(reference, expected, i + 1, seen.Count, ScheduledRun.Rerecord(program, options.Profile, run, maxSteps), reason);
            ScheduledRunResult shrunk = ScheduleShrinker.Shrink(program, options.Profile, run, expected, reason, maxSteps, options.ShrinkRuns, options.ShrinkTime, out int shrinkRuns);
            // A replay token must stay short enough to copy: a shrunk schedule that still needs many choices
            // is reported as found.
            if (shrunk.Token.Length > MaxShrunkTokenLength && shrunk.Token.Length > run.Token.Length) shrunk = run;
            ScheduledRunResult reported = ScheduledRun.Rerecord(program, options.Profile, shrunk, maxSteps);
            return new ExploreResult(reference, expected, i + 1, seen.Count, reported, reason) { Unshrunk = ReferenceEquals(shrunk, run) ? null : run, ShrinkRuns = shrinkRuns };
        }
        return new ExploreResult(reference, expected, options.Schedules, seen.Count, null, null);
    }

    /// <summary>
    /// Runs the schedule <paramref name="token"/> names, and the reference run unless <paramref name="expect"/>
    /// is given, and says whether it fails (<see cref="ExploreResult.Failing"/> is then the replayed run).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="token"/> is not a replay token.</exception>
    public static ExploreResult Replay(ModuleDefinition module, GilGen.RuntimeProfile profile, string token, string? expect = null, long? maxSteps = null) =>
        Replay(ExplorableProgram.FromModule(module), profile, token, expect, maxSteps);

    /// <summary>Replays the schedule <paramref name="token"/> of <paramref name="program"/> (see the module overload).</summary>
    public static ExploreResult Replay(ExplorableProgram program, GilGen.RuntimeProfile profile, string token, string? expect = null, long? maxSteps = null)
    {
        if (!ScheduleToken.TryParse(token, out IScheduleStrategy? strategy))
            throw new ArgumentException($"'{token}' is not a replay token (np, rw-SEED-EVERY or pct-SEED-DEPTH-STEPS)", nameof(token));
        ScheduledRunResult? reference = expect == null
            ? ScheduledRun.Run(program, profile, new NonPreemptiveStrategy(), maxSteps ?? 100_000_000)
            : null;
        string expected = expect ?? reference!.Stdout;
        long bound = maxSteps ?? Math.Max(1_000_000, (reference?.Trace.Steps ?? 100_000_000) * 10);
        ScheduledRunResult run = ScheduledRun.Run(program, profile, strategy!, bound);
        string? reason = FailureOf(run, expected);
        if (reason != null) run = ScheduledRun.Rerecord(program, profile, run, bound);
        return new ExploreResult(reference ?? run, expected, 1, 1, reason != null ? run : null, reason) { Replayed = run };
    }

    /// <summary>
    /// Explores <paramref name="program"/> and throws <see cref="FailingScheduleException"/>, whose message is
    /// the report, when a schedule fails: the assertion for a test (xunit fails the test with the report).
    /// </summary>
    public static ExploreResult AssertNoFailingSchedule(ExplorableProgram program, ExploreOptions options)
    {
        ExploreResult result = Explore(program, options);
        if (result.Failed) throw new FailingScheduleException(result, ScheduleReport.Format(result, null, options.Profile));
        return result;
    }

    /// <summary>Why <paramref name="run"/> fails against <paramref name="expected"/>, or null when it does not.</summary>
    public static string? FailureOf(ScheduledRunResult run, string expected)
    {
        if (run.Deadlocked) return "deadlock";
        if (run.Aborted != null) return "step bound exceeded";
        if (run.UncaughtException) return "uncaught exception";
        if (run.Stdout != expected) return "output differs from the expected output";
        return null;
    }

    private static IScheduleStrategy MakeStrategy(ExploreOptions options, int seed, long referenceSteps) => options.Strategy switch
    {
        // Walks of several switch densities: from a switch at every point to one in ten thousand.
        ExploreStrategy.Random => new RandomWalkStrategy(seed, SwitchDensities[seed % SwitchDensities.Length]),
        _ => new PctStrategy(seed, options.Depth, Math.Max(1, referenceSteps)),
    };

    /// <summary>The longest <c>ds-</c> token a shrunk schedule is reported with (else the schedule as found is).</summary>
    public const int MaxShrunkTokenLength = 160;

    private static readonly int[] SwitchDensities = { 2, 10, 100, 1000, 10000 };
}
