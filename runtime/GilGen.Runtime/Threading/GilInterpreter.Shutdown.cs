using GilGen.Runtime;
using ThreadState = GilGen.Runtime.ThreadState;

namespace GilGen;

// threading._shutdown: what the end of the main module waits for.
public sealed partial class GilInterpreter
{
    /// <summary>
    /// Waits until every non-daemon thread has finished (CPython's <c>threading._shutdown</c>, called when
    /// <c>__main__</c> ends, normally or by an exception). <paramref name="ts"/> must hold the GIL; it is
    /// released while waiting. Daemon threads are left running (they are background OS threads).
    /// </summary>
    public void JoinNonDaemonThreads(ThreadState ts) => Threads.JoinNonDaemonThreads(ts);
}
