using GilGen.Runtime;

namespace GilGen;

// Each interpreter has its own threading state (its own active threads and name counter), as each
// CPython interpreter has its own threading module.
public sealed partial class GilInterpreter
{
    private ThreadRegistry? _threads;

    /// <summary>The interpreter's threads as the <c>threading</c> module sees them.</summary>
    public ThreadRegistry Threads
    {
        get
        {
            if (_threads != null) return _threads;
            System.Threading.Interlocked.CompareExchange(ref _threads, new ThreadRegistry(this), null);
            return _threads;
        }
    }
}
