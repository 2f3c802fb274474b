namespace GilGen.Runtime;

// Where this thread's events go in its interpreter's GilTimeline.
public sealed partial class ThreadState
{
    /// <summary>This thread's index in its interpreter's <see cref="GilTimeline.Threads"/>, or -1 before its first event.</summary>
    internal int TimelineIndex = -1;

    /// <summary>When this thread lost the GIL at old-GIL checks, not yet written to the timeline (GilTimeline.RecordLostAtCheck).</summary>
    internal long[]? TimelineLostAt;

    /// <summary>How many of <see cref="TimelineLostAt"/> are pending.</summary>
    internal int TimelineLostCount;
}
