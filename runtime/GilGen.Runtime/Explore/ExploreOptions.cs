namespace GilGen.Runtime;

/// <summary>Which schedule strategy the explorer draws schedules from.</summary>
public enum ExploreStrategy
{
    /// <summary>PCT with a depth bound (<see cref="PctStrategy"/>).</summary>
    Pct,

    /// <summary>A random walk (<see cref="RandomWalkStrategy"/>).</summary>
    Random,

    /// <summary>Systematic depth-first search with a preemption bound (<see cref="DfsStrategy"/>).</summary>
    Dfs,
}

/// <summary>How <see cref="GilExplorer"/> explores.</summary>
public sealed class ExploreOptions
{
    /// <summary>The CPython whose checkpoints are the decision points. Default <see cref="GilGen.RuntimeProfile.Modern"/>.</summary>
    public GilGen.RuntimeProfile Profile { get; init; } = GilGen.RuntimeProfile.Modern;

    /// <summary>The strategy. Default PCT.</summary>
    public ExploreStrategy Strategy { get; init; } = ExploreStrategy.Pct;

    /// <summary>How many schedules to run at most (besides the reference run). Default 1000.</summary>
    public int Schedules { get; init; } = 1000;

    /// <summary>The seed of the first schedule; schedule i uses Seed + i. Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>DFS's preemption bound: schedules with at most this many preemptions are searched. Default 2.</summary>
    public int PreemptionBound { get; init; } = 2;

    /// <summary>PCT's bug depth (d - 1 priority change points). Default 3.</summary>
    public int Depth { get; init; } = 3;

    /// <summary>The step bound of each run: more decision points fail the schedule (livelock). Default: 10 times the reference run's, at least 1,000,000.</summary>
    public long? MaxSteps { get; init; }

    /// <summary>Stop exploring after this much wall time (the reference run included); null: no limit.</summary>
    public System.TimeSpan? TimeLimit { get; init; }

    /// <summary>Whether a failing schedule is shrunk (<see cref="ScheduleShrinker"/>) before it is reported. Default true.</summary>
    public bool Shrink { get; init; } = true;

    /// <summary>The most runs shrinking may take. Default 300.</summary>
    public int ShrinkRuns { get; init; } = 300;

    /// <summary>The most wall time shrinking may take. Default 20 seconds.</summary>
    public System.TimeSpan ShrinkTime { get; init; } = System.TimeSpan.FromSeconds(20);

    /// <summary>The expected output; null: the output of the reference run (no preemptions).</summary>
    public string? Expect { get; init; }
}
