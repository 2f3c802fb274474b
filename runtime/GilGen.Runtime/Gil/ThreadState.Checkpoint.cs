using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

// Where the thread last took the slow path of a checkpoint: what a deterministic scheduler names in its reports.
public sealed partial class ThreadState
{
    /// <summary>The code object of the last checkpoint whose slow path this thread took, or null.</summary>
    public CodeInfo? CheckpointCode { get; private set; }

    /// <summary>The bytecode offset of that checkpoint's instruction in <see cref="CheckpointCode"/> (the checkpoint comes after it), or <see cref="CheckpointLocation.EntryOffset"/> for the one before the first instruction.</summary>
    public int CheckpointOffset { get; private set; }

    /// <summary>
    /// <see cref="HandleEvalBreaker()"/> from a checkpoint of generated code that says where it is: the
    /// instruction at <paramref name="offset"/> of <paramref name="code"/>. Only the slow path records it,
    /// so the fast path of every checkpoint stays one read and one branch.
    /// </summary>
    // Optimized from its first call: under py27 every site is a tick that calls this, and a run shorter than
    // the JIT's tiering delay (or one whose start JITs more, such as with a timeline) would tick through
    // unoptimized code for much of its time.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public void HandleEvalBreaker(CodeInfo code, int offset)
    {
        // py27: most sites are ticks that only count down (GilInterpreter.CheckInterval.cs).
        GilInterpreter interp = Interp;
        if (interp.CountsTicks && !interp.Tick()) return;
        CheckpointCode = code;
        CheckpointOffset = offset;
        HandleCheck(interp);
    }
}
