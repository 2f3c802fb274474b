using System.Collections.Generic;

namespace GilGen.Compiler.Emit;

/// <summary>
/// In a frame with try blocks, or a generator, the catch chooses what to unwind by <c>__ip</c>, which each
/// instruction that can raise sets to its offset. A checkpoint comes after an instruction has finished: its
/// results are on the stack, its operands are gone, and a POP_BLOCK or a jump out of a try has left the block.
/// So a checkpoint's slow path sets <c>__ip</c> to a number of its own, naming the state before the instruction
/// control goes on to, and the catch has a case for it: that state's handler, and its whole stack released top
/// first, as ceval's exception_unwind pops it.
/// </summary>
/// <remarks>
/// Before, the catch saw the offset of the last instruction that could raise: a checkpoint after a try's
/// POP_BLOCK, or at the backward jump of a loop around a try, entered that try's handler, and one after a call
/// released the call's operands a second time and not its result. The number is stored only on the slow path.
/// </remarks>
internal sealed partial class CodeObjectEmitter
{
    /// <summary>The instructions (by index) a checkpoint's state is named after: before them, at a check.</summary>
    private readonly SortedSet<int> _checkpointStates = new();

    /// <summary>
    /// The number a checkpoint stores in <c>__ip</c> when control goes on to instruction <paramref name="next"/>:
    /// -2 - next, below every offset and -1, or -1 itself when nothing is to be done there (no block, empty stack).
    /// </summary>
    private int CheckpointStateKey(int next)
    {
        if (next >= _ins.Count) return -1;
        bool dispatched = (_flow.HasHandlers && _flow.Blocks[next].Count > 0) || _flow.Depth[next] > 0;
        if (!dispatched) return -1;
        _checkpointStates.Add(next);
        return -2 - next;
    }

    /// <summary>The checkpoint states named so far: their keys, the blocks they run under, and their depth.</summary>
    private IEnumerable<(int Key, BlockStack Blocks, int Depth)> CheckpointStates()
    {
        foreach (int next in _checkpointStates) yield return (-2 - next, _flow.Blocks[next], _flow.Depth[next]);
    }

    /// <summary>A checkpoint's stack from <paramref name="depth"/> down to <paramref name="level"/>, top first (exception_unwind's pops).</summary>
    private static IEnumerable<int> TopFirst(int depth, int level)
    {
        for (int s = depth - 1; s >= level; s--) yield return s;
    }
}
