namespace GilGen.Runtime;

// Where this thread's events go in its interpreter's GilTimeline.
public sealed partial class ThreadState
{
    /// <summary>This thread's index in its interpreter's <see cref="GilTimeline.Threads"/>, or -1 before its first event.</summary>
    internal int TimelineIndex = -1;

    /// <summary>The slot of this thread's last recorded take in that timeline, or -1.</summary>
    internal long TimelineTakeSlot = -1;
}
