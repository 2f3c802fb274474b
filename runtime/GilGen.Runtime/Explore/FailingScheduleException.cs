using System;

namespace GilGen.Runtime;

/// <summary>Thrown by <see cref="GilExplorer.AssertNoFailingSchedule"/> when a schedule fails; the message is the report.</summary>
public sealed class FailingScheduleException : Exception
{
    /// <summary>The failure of <paramref name="result"/>, described by <paramref name="report"/>.</summary>
    public FailingScheduleException(ExploreResult result, string report) : base(report) => Result = result;

    /// <summary>What the exploration found (the failing run, its token).</summary>
    public ExploreResult Result { get; }
}
