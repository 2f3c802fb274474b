namespace GilGen.Runtime;

// The link from a thread state to the threading.Thread object that stands for it.
public sealed partial class ThreadState
{
    /// <summary>
    /// The <c>threading.Thread</c> object that stands for this thread, once <c>threading</c> has made one
    /// (at start for threads it started; at the first <c>current_thread()</c> for the others).
    /// </summary>
    public PyThread? ThreadObject { get; internal set; }
}
