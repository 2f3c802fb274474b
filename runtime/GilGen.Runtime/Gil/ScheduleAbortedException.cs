using System;

namespace GilGen.Runtime;

/// <summary>
/// Ends a run of the <see cref="DeterministicScheduler"/> that cannot go on: a deadlock, or more decision
/// points than the step bound. Not a Python exception, so no <c>except</c> catches it; it leaves the main
/// thread's run, and the scheduler's <see cref="DeterministicScheduler.Failure"/> says what happened.
/// </summary>
public sealed class ScheduleAbortedException : Exception
{
    /// <summary>An abort described by <paramref name="report"/>.</summary>
    public ScheduleAbortedException(string report) : base(report) { }
}
