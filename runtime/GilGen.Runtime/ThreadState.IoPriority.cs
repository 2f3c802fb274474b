namespace GilGen.Runtime;

// What GilOptions.IoPriority needs to know of a thread that asks for the GIL.
public sealed partial class ThreadState
{
    /// <summary>
    /// True from a drop of the GIL around a blocking call until the next take: the take is a return from that
    /// call, which <see cref="Gil.IoPriority"/> serves first. Only this thread writes it.
    /// </summary>
    internal bool ReturnsFromBlockingCall;
}
