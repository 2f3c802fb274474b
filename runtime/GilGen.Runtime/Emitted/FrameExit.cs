namespace GilGen.Runtime;

/// <summary>
/// How a generated frame without try blocks is being left, as its exception filter (<see cref="EmittedOps.LeaveFrame(System.Exception, CodeInfo, int, ref FrameExit)"/>)
/// saw it in the first pass of the unwinding: default for a return (or a .NET exception that is not a Python one),
/// else the Python exception and which of its traceback entries is this frame's. The frame's finally, in the second
/// pass, gives its locals to that entry (<see cref="EmittedOps.KeepLocals(in FrameExit, PyValue[])"/>).
/// </summary>
public struct FrameExit
{
    internal PyBaseException? Exception;

    // The entry's position counted from the innermost one: entries of the frames further out are put in front of it
    // while the filters above run, so its index from the front moves and this does not.
    internal int EntryFromEnd;

    /// <summary>True when a Python exception is leaving the frame.</summary>
    public readonly bool ByException => Exception != null;
}
