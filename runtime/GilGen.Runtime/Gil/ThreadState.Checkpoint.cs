using System;
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
        if (TickSkipsCheck()) return;
        CheckpointCode = code;
        CheckpointOffset = offset;
        HandleCheck(Interp);
    }

    /// <summary>
    /// <see cref="HandleEvalBreaker(CodeInfo, int)"/> from a checkpoint of a frame without try blocks whose stack
    /// holds <paramref name="pending"/> (top first): if the check raises (an asynchronous exception, a signal
    /// handler's), they are released before the exception leaves, as ceval's exception_unwind pops the stack; the
    /// frame's finally then releases its locals. Generated code copies the values into the argument, so that no
    /// exception handler of the frame reads its stack slots (which would keep them in memory in every loop).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public void HandleEvalBreaker(CodeInfo code, int offset, ReadOnlySpan<PyValue> pending)
    {
        if (TickSkipsCheck()) return;
        Check(Interp, code, offset, pending);
    }

    /// <summary>
    /// The slow path of a checkpoint in a split frame without try blocks, as one call of generated code: while the
    /// check runs, the frame's number of the set of stack values its finally releases (<paramref name="pendingSet"/>,
    /// the frame's <c>Ip</c>) is 0, nothing, since the instruction before the check may have consumed the values that
    /// number names; what is pending now is <paramref name="pending"/> (top first), which this releases itself if the
    /// check raises (see <see cref="HandleEvalBreaker(CodeInfo, int, ReadOnlySpan{PyValue})"/>). The number is
    /// restored when the check returns, and stays 0 when it raises.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public void HandleEvalBreaker(CodeInfo code, int offset, ref int pendingSet, ReadOnlySpan<PyValue> pending)
    {
        if (TickSkipsCheck()) return;
        CheckWithPendingSetAside(code, offset, ref pendingSet, pending);
    }

    // py27: most sites are ticks that only count down (GilInterpreter.CheckInterval.cs); true when this one is such.
    // Tested before anything else, so that a tick builds no span of pending values.
    private bool TickSkipsCheck()
    {
        GilInterpreter interp = Interp;
        return interp.CountsTicks && !interp.Tick();
    }

    // The check of a split frame's slow path: its pending set is 0 while the check runs, restored when it returns.
    private void CheckWithPendingSetAside(CodeInfo code, int offset, ref int pendingSet, ReadOnlySpan<PyValue> pending)
    {
        int saved = pendingSet;
        pendingSet = 0;
        Check(Interp, code, offset, pending);
        pendingSet = saved;
    }

    /// <summary><see cref="HandleEvalBreaker(CodeInfo, int, ref int, ReadOnlySpan{PyValue})"/> with nothing on the stack.</summary>
    /// <remarks>A shorter call for the generated code; a slow path, so the extra call costs nothing that matters.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void HandleEvalBreaker(CodeInfo code, int offset, ref int pendingSet) =>
        HandleEvalBreaker(code, offset, ref pendingSet, ReadOnlySpan<PyValue>.Empty);

    // The same slow paths with the pending values as arguments, for one to eight: generated code that passed a
    // collection expression would hold a stack temporary per site, which the JIT zeroes at every entry of the frame
    // (the values hold references), though the slow path seldom runs; here the span is built in the slow path's frame,
    // after py27's tick test. Optimized from the first call, as py27's ticks call them at most sites.

    /// <summary><see cref="HandleEvalBreaker(CodeInfo, int, ReadOnlySpan{PyValue})"/> with one pending value.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public void HandleEvalBreaker(CodeInfo code, int offset, PyValue p0)
    {
        if (!TickSkipsCheck()) Check(Interp, code, offset, [p0]);
    }

    /// <summary><see cref="HandleEvalBreaker(CodeInfo, int, ReadOnlySpan{PyValue})"/> with two pending values, top first.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public void HandleEvalBreaker(CodeInfo code, int offset, PyValue p0, PyValue p1)
    {
        if (!TickSkipsCheck()) Check(Interp, code, offset, [p0, p1]);
    }

    /// <summary><see cref="HandleEvalBreaker(CodeInfo, int, ReadOnlySpan{PyValue})"/> with three pending values, top first.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public void HandleEvalBreaker(CodeInfo code, int offset, PyValue p0, PyValue p1, PyValue p2)
    {
        if (!TickSkipsCheck()) Check(Interp, code, offset, [p0, p1, p2]);
    }

    /// <summary><see cref="HandleEvalBreaker(CodeInfo, int, ReadOnlySpan{PyValue})"/> with four pending values, top first.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public void HandleEvalBreaker(CodeInfo code, int offset, PyValue p0, PyValue p1, PyValue p2, PyValue p3)
    {
        if (!TickSkipsCheck()) Check(Interp, code, offset, [p0, p1, p2, p3]);
    }

    /// <summary><see cref="HandleEvalBreaker(CodeInfo, int, ref int, ReadOnlySpan{PyValue})"/> with one pending value.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public void HandleEvalBreaker(CodeInfo code, int offset, ref int pendingSet, PyValue p0)
    {
        if (!TickSkipsCheck()) CheckWithPendingSetAside(code, offset, ref pendingSet, [p0]);
    }

    /// <summary><see cref="HandleEvalBreaker(CodeInfo, int, ref int, ReadOnlySpan{PyValue})"/> with two pending values, top first.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public void HandleEvalBreaker(CodeInfo code, int offset, ref int pendingSet, PyValue p0, PyValue p1)
    {
        if (!TickSkipsCheck()) CheckWithPendingSetAside(code, offset, ref pendingSet, [p0, p1]);
    }

    /// <summary><see cref="HandleEvalBreaker(CodeInfo, int, ref int, ReadOnlySpan{PyValue})"/> with three pending values, top first.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public void HandleEvalBreaker(CodeInfo code, int offset, ref int pendingSet, PyValue p0, PyValue p1, PyValue p2)
    {
        if (!TickSkipsCheck()) CheckWithPendingSetAside(code, offset, ref pendingSet, [p0, p1, p2]);
    }

    /// <summary><see cref="HandleEvalBreaker(CodeInfo, int, ref int, ReadOnlySpan{PyValue})"/> with four pending values, top first.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public void HandleEvalBreaker(CodeInfo code, int offset, ref int pendingSet, PyValue p0, PyValue p1, PyValue p2, PyValue p3)
    {
        if (!TickSkipsCheck()) CheckWithPendingSetAside(code, offset, ref pendingSet, [p0, p1, p2, p3]);
    }

    /// <summary><see cref="HandleEvalBreaker(CodeInfo, int, ReadOnlySpan{PyValue})"/> with five pending values, top first.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public void HandleEvalBreaker(CodeInfo code, int offset, PyValue p0, PyValue p1, PyValue p2, PyValue p3, PyValue p4)
    {
        if (!TickSkipsCheck()) Check(Interp, code, offset, [p0, p1, p2, p3, p4]);
    }

    /// <summary><see cref="HandleEvalBreaker(CodeInfo, int, ReadOnlySpan{PyValue})"/> with six pending values, top first.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public void HandleEvalBreaker(CodeInfo code, int offset, PyValue p0, PyValue p1, PyValue p2, PyValue p3, PyValue p4, PyValue p5)
    {
        if (!TickSkipsCheck()) Check(Interp, code, offset, [p0, p1, p2, p3, p4, p5]);
    }

    /// <summary><see cref="HandleEvalBreaker(CodeInfo, int, ReadOnlySpan{PyValue})"/> with seven pending values, top first.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public void HandleEvalBreaker(CodeInfo code, int offset, PyValue p0, PyValue p1, PyValue p2, PyValue p3, PyValue p4, PyValue p5, PyValue p6)
    {
        if (!TickSkipsCheck()) Check(Interp, code, offset, [p0, p1, p2, p3, p4, p5, p6]);
    }

    /// <summary><see cref="HandleEvalBreaker(CodeInfo, int, ReadOnlySpan{PyValue})"/> with eight pending values, top first.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public void HandleEvalBreaker(CodeInfo code, int offset, PyValue p0, PyValue p1, PyValue p2, PyValue p3, PyValue p4, PyValue p5, PyValue p6, PyValue p7)
    {
        if (!TickSkipsCheck()) Check(Interp, code, offset, [p0, p1, p2, p3, p4, p5, p6, p7]);
    }

    /// <summary><see cref="HandleEvalBreaker(CodeInfo, int, ref int, ReadOnlySpan{PyValue})"/> with five pending values, top first.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public void HandleEvalBreaker(CodeInfo code, int offset, ref int pendingSet, PyValue p0, PyValue p1, PyValue p2, PyValue p3, PyValue p4)
    {
        if (!TickSkipsCheck()) CheckWithPendingSetAside(code, offset, ref pendingSet, [p0, p1, p2, p3, p4]);
    }

    /// <summary><see cref="HandleEvalBreaker(CodeInfo, int, ref int, ReadOnlySpan{PyValue})"/> with six pending values, top first.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public void HandleEvalBreaker(CodeInfo code, int offset, ref int pendingSet, PyValue p0, PyValue p1, PyValue p2, PyValue p3, PyValue p4, PyValue p5)
    {
        if (!TickSkipsCheck()) CheckWithPendingSetAside(code, offset, ref pendingSet, [p0, p1, p2, p3, p4, p5]);
    }

    /// <summary><see cref="HandleEvalBreaker(CodeInfo, int, ref int, ReadOnlySpan{PyValue})"/> with seven pending values, top first.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public void HandleEvalBreaker(CodeInfo code, int offset, ref int pendingSet, PyValue p0, PyValue p1, PyValue p2, PyValue p3, PyValue p4, PyValue p5, PyValue p6)
    {
        if (!TickSkipsCheck()) CheckWithPendingSetAside(code, offset, ref pendingSet, [p0, p1, p2, p3, p4, p5, p6]);
    }

    /// <summary><see cref="HandleEvalBreaker(CodeInfo, int, ref int, ReadOnlySpan{PyValue})"/> with eight pending values, top first.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public void HandleEvalBreaker(CodeInfo code, int offset, ref int pendingSet, PyValue p0, PyValue p1, PyValue p2, PyValue p3, PyValue p4, PyValue p5, PyValue p6, PyValue p7)
    {
        if (!TickSkipsCheck()) CheckWithPendingSetAside(code, offset, ref pendingSet, [p0, p1, p2, p3, p4, p5, p6, p7]);
    }

    // The check past py27's tick: records where it is, and releases the pending stack values if it raises.
    private void Check(GilInterpreter interp, CodeInfo code, int offset, ReadOnlySpan<PyValue> pending)
    {
        CheckpointCode = code;
        CheckpointOffset = offset;
        // A finally, not a catch: the frames' filters see the exception first (their traceback entries), as for any
        // other exception; the values go in the second pass, before the frame's own finally releases its locals.
        bool passed = false;
        try
        {
            HandleCheck(interp);
            passed = true;
        }
        finally
        {
            if (!passed) foreach (PyValue value in pending) value.DecRef();
        }
    }
}
