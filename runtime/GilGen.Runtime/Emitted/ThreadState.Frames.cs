namespace GilGen.Runtime;

public sealed partial class ThreadState
{
    /// <summary>sys.getrecursionlimit()'s default.</summary>
    public const int DefaultRecursionLimit = 1000;

    private int _frameDepth;

    /// <summary>How many Python frames are running on this thread.</summary>
    public int FrameDepth => _frameDepth;

    /// <summary>
    /// Called by every generated function on entry. Past the recursion limit it raises CPython's
    /// RecursionError instead of letting the C# stack overflow (which would kill the process).
    /// </summary>
    public void EnterFrame()
    {
        if (++_frameDepth > DefaultRecursionLimit)
        {
            _frameDepth--;
            throw PyErr.RecursionError("maximum recursion depth exceeded");
        }
    }

    /// <summary>Called by every generated function when it returns or its exception leaves it.</summary>
    public void LeaveFrame() => _frameDepth--;
}
