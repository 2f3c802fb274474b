using System;

namespace GilGen.Runtime;

/// <summary>Where an exploration stands, after each schedule (for a progress line).</summary>
/// <param name="SchedulesRun">Schedules run so far.</param>
/// <param name="Schedules">Schedules to run at most.</param>
/// <param name="Distinct">Distinct schedules among them.</param>
/// <param name="Elapsed">Wall time since the exploration started.</param>
/// <param name="TimeLimit">The time limit, or null.</param>
public readonly record struct ExploreProgress(int SchedulesRun, int Schedules, int Distinct, TimeSpan Elapsed, TimeSpan? TimeLimit)
{
    /// <summary>Schedules per second so far.</summary>
    public double SchedulesPerSecond => Elapsed.TotalSeconds > 0 ? SchedulesRun / Elapsed.TotalSeconds : 0;
}
