using System.Collections;
using System.Collections.Generic;
using System.Linq;
using GilGen.Compiler.Bytecode;

namespace GilGen.Compiler.Emit;

/// <summary>
/// Which Python locals are bound on every path to each instruction: a LOAD_FAST of one of them needs no
/// unbound test (it cannot raise UnboundLocalError). A must-analysis over the control-flow graph, exception
/// edges included: the arguments start bound (those no cell takes over), STORE_FAST binds, DELETE_FAST
/// unbinds, and a LOAD_FAST that did not raise leaves its local bound. Leaving a test out is the only use, so
/// every doubt (an edge the analysis cannot see) must make the set smaller, never larger.
/// </summary>
internal sealed class BoundLocals
{
    private readonly BitArray?[] _before;

    public BoundLocals(CodeObject code, InstructionFlow flow, int argTotal)
    {
        var ins = code.Instructions;
        int n = code.VarNames.Count;
        _before = new BitArray?[ins.Count];
        if (ins.Count == 0) return;

        var entry = new BitArray(n);
        for (int i = 0; i < argTotal && i < n; i++)
        {
            // An argument that is also a cell moves into the cell at entry: its fast local is unbound from then on.
            if (!code.CellVars.Contains(code.VarNames[i])) entry[i] = true;
        }
        var work = new Stack<int>();
        Meet(0, entry, work);
        while (work.Count > 0)
        {
            int i = work.Pop();
            var before = _before[i]!;
            var op = ins[i].Opcode;
            var after = new BitArray(before);
            if (op is Opcode.STORE_FAST or Opcode.LOAD_FAST) after[ins[i].Arg] = true;
            else if (op == Opcode.DELETE_FAST) after[ins[i].Arg] = false;

            // An exception raised by the instruction (before its effect) or at the checkpoint after it (after its effect)
            // goes to the innermost try's handler: what is bound both before and after.
            var handler = flow.Blocks[i]?.InnermostFinally;
            if (handler != null) Meet(flow.IndexOf(handler.Handler), new BitArray(before).And(after), work);
            // SETUP_FINALLY's and SETUP_WITH's targets are handlers (reached by the edges above), every other target a jump.
            if (ins[i].JumpTarget >= 0) Meet(flow.IndexOf(ins[i].JumpTarget), op is Opcode.SETUP_FINALLY or Opcode.SETUP_WITH or Opcode.SETUP_ASYNC_WITH ? new BitArray(before).And(after) : after, work);
            if (FallsThrough(op) && i + 1 < ins.Count) Meet(i + 1, after, work);
        }
    }

    /// <summary>True when local <paramref name="local"/> is bound whenever instruction <paramref name="index"/> starts.</summary>
    public bool IsBoundBefore(int index, int local) => _before[index] is { } set && set[local];

    private void Meet(int index, BitArray incoming, Stack<int> work)
    {
        var current = _before[index];
        if (current == null)
        {
            _before[index] = new BitArray(incoming);
            work.Push(index);
            return;
        }
        var met = new BitArray(current).And(incoming);
        for (int k = 0; k < met.Count; k++)
        {
            if (met[k] != current[k])
            {
                _before[index] = met;
                work.Push(index);
                return;
            }
        }
    }

    private static bool FallsThrough(Opcode op) => op is not (Opcode.RETURN_VALUE or Opcode.RERAISE or Opcode.RAISE_VARARGS
        or Opcode.JUMP_ABSOLUTE or Opcode.JUMP_FORWARD);
}
