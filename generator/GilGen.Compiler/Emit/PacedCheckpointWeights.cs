using System.Collections.Generic;
using System.Linq;
using GilGen.Compiler.Bytecode;

namespace GilGen.Compiler.Emit;

/// <summary>
/// How many py39 checkpoints one pass through each loop of a code object, and one run of its code outside
/// loops, passes: the weights its counting sites (backward jumps and the entry) subtract from a paced
/// switch interval, so that py39 counts CPython 3.9's checkpoints without a count at every one of them.
/// </summary>
/// <remarks>
/// Why: while a thread waits for the GIL under py39 the holder counts its honoured checkpoints against
/// the interval (CheckpointPace in the runtime). Counting each one in the slow path made the holder run
/// several times slower exactly while another thread waited. Weighted counts at backward jumps cost one
/// subtraction per loop iteration, inline. The weight is static: both arms of an <c>if</c> count, and a
/// <c>continue</c> counts the whole body, so the count is an estimate of CPython 3.9's, which is all a
/// paced interval needs (its length is spread by ±10% anyway). A loop's own weight leaves out the loops
/// nested in it, which count themselves; a callee counts its own checkpoints at its entry and loops.
/// See docs/architecture/design.md §4 ("Paced switch intervals").
/// </remarks>
internal sealed class PacedCheckpointWeights
{
    private readonly Dictionary<int, int> _loopWeights = new();

    public PacedCheckpointWeights(IReadOnlyList<Instruction> ins)
    {
        // A loop is every backward jump to one target: from the target to the last such jump.
        var loops = new List<(int Start, int End)>();
        foreach (var group in ins.Where(i => i.JumpTarget >= 0 && i.JumpTarget <= i.Offset).GroupBy(i => i.JumpTarget))
            loops.Add((group.Key, group.Max(i => i.Offset)));

        int entry = 1;   // the entry check itself
        var perLoop = new int[loops.Count];
        for (int k = 0; k < ins.Count; k++)
        {
            if (!IsPy39Site(ins, k)) continue;
            int offset = ins[k].Offset;
            // The innermost loop holding this instruction counts it.
            int innermost = -1;
            for (int l = 0; l < loops.Count; l++)
            {
                if (offset < loops[l].Start || offset > loops[l].End) continue;
                if (innermost < 0 || loops[l].End - loops[l].Start < loops[innermost].End - loops[innermost].Start) innermost = l;
            }
            if (innermost < 0) entry++;
            else perLoop[innermost]++;
        }
        Entry = entry;
        for (int l = 0; l < loops.Count; l++) _loopWeights[loops[l].Start] = perLoop[l];
    }

    /// <summary>The weight of the entry check: the checkpoints of the code outside every loop.</summary>
    public int Entry { get; }

    /// <summary>True when some loop counts checkpoints at its backward jump.</summary>
    public bool HasLoops => _loopWeights.Values.Any(weight => weight > 0);

    /// <summary>The weight of a backward jump to <paramref name="target"/>: the checkpoints of one pass through that loop.</summary>
    public int Loop(int target) => _loopWeights.TryGetValue(target, out int weight) ? weight : 0;

    // A py39 check follows instruction k (a conditional jump on what a comparison made, a bool, does not check).
    private static bool IsPy39Site(IReadOnlyList<Instruction> ins, int k)
    {
        var op = ins[k].Opcode;
        if (CheckpointSites.IsBoolFastJump(op) && k > 0 && ins[k - 1].Opcode is Opcode.COMPARE_OP or Opcode.IS_OP or Opcode.CONTAINS_OP)
            return false;
        var next = k + 1 < ins.Count ? ins[k + 1].Opcode : Opcode.NOP;
        return (CheckpointSites.After(op, next, backward: false) & CheckpointSites.Py39) != 0;
    }
}
