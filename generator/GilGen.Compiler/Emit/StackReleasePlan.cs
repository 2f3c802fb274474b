using System;
using System.Collections.Generic;
using System.Linq;
using GilGen.Compiler.Bytecode;

namespace GilGen.Compiler.Emit;

/// <summary>
/// For a one-method frame without try blocks (not a generator): which evaluation-stack slots the frame
/// owns when each instruction raises, so that its <c>finally</c> releases them as ceval's exception_unwind
/// pops them, and where the method must record which set applies.
/// </summary>
/// <remarks>
/// <para>Each distinct set of owned slots gets a small number (0: none); the method keeps the number of the
/// set in force in <c>__ip</c>, which only its <c>finally</c> reads. A store is emitted before a raising
/// instruction only when the number reaching it along some path differs from its own (a forward data-flow
/// over the instructions), so a loop whose instructions raise with the same stack below them stores
/// nothing, and a straight run of calls stores once per change of depth: a store to a stack location, no
/// load, no branch.</para>
/// <para>RETURN_VALUE needs set 0: the <c>finally</c> runs on a return too. A checkpoint (whose slow path can
/// raise an asynchronous exception) sets 0 around its call and restores the number after it, so that it
/// never releases an operand the instruction before it already consumed: such an exception leaks the
/// stack, as before, instead of releasing a reference twice.</para>
/// </remarks>
internal sealed class StackReleasePlan
{
    private const int Unknown = -2;
    private const int Conflict = -1;

    private readonly int[] _set;
    private readonly bool[] _store;
    private readonly List<int[]> _sets = new() { Array.Empty<int>() };

    /// <param name="code">The code object's instructions.</param>
    /// <param name="flow">Depths and reachability.</param>
    /// <param name="ownedOnRaise">For a raising instruction, the slots that hold owned references when it raises
    /// (ascending); null for an instruction that cannot raise.</param>
    public StackReleasePlan(IReadOnlyList<Instruction> code, InstructionFlow flow, Func<int, int[]?> ownedOnRaise)
    {
        int n = code.Count;
        _set = new int[n];
        _store = new bool[n];
        var ids = new Dictionary<string, int> { [""] = 0 };
        var raises = new bool[n];
        for (int i = 0; i < n; i++)
        {
            if (!flow.Reachable[i]) continue;
            int[]? owned = code[i].Opcode == Opcode.RETURN_VALUE ? Array.Empty<int>() : ownedOnRaise(i);
            if (owned == null) continue;
            raises[i] = true;
            string key = string.Join(",", owned);
            if (!ids.TryGetValue(key, out int id))
            {
                ids[key] = id = _sets.Count;
                _sets.Add(owned);
            }
            _set[i] = id;
        }

        // The number in force on entry to each instruction: one set's, or Conflict when paths disagree.
        var entry = Enumerable.Repeat(Unknown, n).ToArray();
        var work = new Stack<int>();
        if (n > 0) { entry[0] = 0; work.Push(0); }
        while (work.Count > 0)
        {
            int i = work.Pop();
            int after = raises[i] ? _set[i] : entry[i];
            foreach (int next in Successors(code, flow, i))
            {
                int joined = entry[next] == Unknown ? after : (entry[next] == after ? after : Conflict);
                if (joined == entry[next]) continue;
                entry[next] = joined;
                work.Push(next);
            }
        }
        for (int i = 0; i < n; i++) _store[i] = raises[i] && entry[i] != _set[i];
    }

    /// <summary>True when some instruction raises with owned slots on the stack: the frame needs <c>__ip</c>.</summary>
    public bool ReleasesAny => _sets.Count > 1;

    /// <summary>The sets of owned slots by number; set 0 is empty.</summary>
    public IReadOnlyList<int[]> Sets => _sets;

    /// <summary>The number of the set to record before instruction <paramref name="i"/>, or null when the one in force is right.</summary>
    public int? StoreBefore(int i) => _store[i] ? _set[i] : null;

    private static IEnumerable<int> Successors(IReadOnlyList<Instruction> code, InstructionFlow flow, int i)
    {
        var ins = code[i];
        switch (ins.Opcode)
        {
            case Opcode.RETURN_VALUE: case Opcode.RAISE_VARARGS: case Opcode.RERAISE:
                yield break;
            case Opcode.JUMP_ABSOLUTE: case Opcode.JUMP_FORWARD:
                yield return flow.IndexOf(ins.JumpTarget);
                yield break;
        }
        if (ins.JumpTarget >= 0) yield return flow.IndexOf(ins.JumpTarget);
        if (i + 1 < code.Count) yield return i + 1;
    }
}
