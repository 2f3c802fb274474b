using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>What <see cref="GilExplorer.Explore"/> found.</summary>
/// <param name="Reference">The reference run: no preemptions.</param>
/// <param name="Expected">The output every schedule must print.</param>
/// <param name="SchedulesRun">Schedules run, the failing one included, the reference run not.</param>
/// <param name="DistinctSchedules">How many different schedules (by <see cref="ScheduleTrace.Hash"/>) those were.</param>
/// <param name="Failing">The first failing run, or null.</param>
/// <param name="Reason">Why <paramref name="Failing"/> fails, or null.</param>
public sealed record ExploreResult(
    ScheduledRunResult Reference, string Expected, int SchedulesRun, int DistinctSchedules,
    ScheduledRunResult? Failing, string? Reason)
{
    /// <summary>True when a DFS tried every schedule within its preemption bound (and none failed, unless <see cref="Failed"/>).</summary>
    public bool Exhausted { get; init; }

    /// <summary>True when the exploration stopped at its time limit before running every schedule.</summary>
    public bool TimeLimitReached { get; init; }

    /// <summary>The failing run as the strategy found it, before shrinking; null when it was not shrunk.</summary>
    public ScheduledRunResult? Unshrunk { get; init; }

    /// <summary>How many runs shrinking took (0 when it did not run).</summary>
    public int ShrinkRuns { get; init; }

    /// <summary>The run of a <see cref="GilExplorer.Replay"/>, failing or not; null after an exploration.</summary>
    public ScheduledRunResult? Replayed { get; init; }

    /// <summary>True when a failing schedule was found.</summary>
    public bool Failed => Failing != null;
}
