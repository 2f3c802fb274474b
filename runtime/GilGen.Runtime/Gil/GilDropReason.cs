namespace GilGen.Runtime;

/// <summary>Why a thread gives up the GIL; a scheduling policy may treat each differently.</summary>
public enum GilDropReason
{
    /// <summary>At a checkpoint, because another thread asked for the GIL (the drop request).</summary>
    Checkpoint,

    /// <summary>Around a blocking call (Py_BEGIN_ALLOW_THREADS): sleep, lock wait, join, I/O.</summary>
    Blocking,

    /// <summary>The last <see cref="GilGen.GilInterpreter.Release"/> of a thread that entered with <see cref="GilGen.GilInterpreter.Ensure"/>.</summary>
    Release,

    /// <summary>The thread has finished and will never take the GIL again.</summary>
    Exit,
}
