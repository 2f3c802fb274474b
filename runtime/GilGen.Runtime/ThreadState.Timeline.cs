namespace GilGen.Runtime;

// Where this thread's events go in its interpreter's GilTimeline.
public sealed partial class ThreadState
{
    /// <summary>This thread's index in its interpreter's <see cref="GilTimeline.Threads"/>, or -1 before its first event.</summary>
    internal int TimelineIndex = -1;
}
