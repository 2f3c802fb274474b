using System;
using System.Collections.Generic;
using System.Linq;
using GilGen.Compiler.Bytecode;

namespace GilGen.Compiler.Emit;

/// <summary>
/// For a frame without try blocks (a generator only when its frame is split): which references the frame owns on its
/// evaluation stack when each instruction raises, so that its <c>finally</c> releases them as ceval's
/// exception_unwind pops them, and where the method must record which set applies.
/// </summary>
/// <remarks>
/// <para>Each distinct set of releases gets a small number (0: none); the method keeps the number of the set
/// in force in <c>__ip</c>, which only its <c>finally</c> reads. A store is emitted before a raising
/// instruction only when the number reaching it along some path differs from its own (a forward data-flow
/// over the instructions), and <c>__ip</c> starts at the number that needs the fewest stores inside loops,
/// so a loop whose instructions raise with the same references pending stores nothing.</para>
/// <para>A release names a stack slot only when it must: a slot that a LOAD_FAST filled, with the local not
/// rebound since, is released through the local (which the finally reads anyway), and a constant through its
/// field or not at all (an inline int, None, True, False), so that those slots stay out of the handler's
/// view and in registers.</para>
/// <para>RETURN_VALUE needs set 0: the <c>finally</c> runs on a return too. An instruction that can only raise
/// on an out-of-line slow path (a checkpoint's call, a fused comparison of objects) sets its number there and
/// restores the one in force after the call, outside the data-flow.</para>
/// </remarks>
internal sealed class StackReleasePlan
{
    private const int Unknown = -2;
    private const int Conflict = -1;

    private readonly int[] _set;
    private readonly bool[] _store;
    private readonly bool[] _slowPath;
    private readonly List<string[]> _sets = new() { Array.Empty<string>() };

    /// <param name="code">The code object's instructions.</param>
    /// <param name="flow">Depths and reachability.</param>
    /// <param name="ownedOnRaise">For an instruction that can raise, the C# values to release when it does,
    /// in order, and whether it raises only on a slow path that records its own number; null when it cannot raise.</param>
    public StackReleasePlan(IReadOnlyList<Instruction> code, InstructionFlow flow, Func<int, (string[] Releases, bool SlowPathOnly)?> ownedOnRaise)
    {
        int n = code.Count;
        _set = new int[n];
        _store = new bool[n];
        _slowPath = new bool[n];
        var ids = new Dictionary<string, int> { [""] = 0 };
        var raises = new bool[n];
        for (int i = 0; i < n; i++)
        {
            if (!flow.Reachable[i]) continue;
            var owned = code[i].Opcode == Opcode.RETURN_VALUE ? (Array.Empty<string>(), false) : ownedOnRaise(i);
            if (owned == null) continue;
            string key = string.Join(" ", owned.Value.Releases);
            if (!ids.TryGetValue(key, out int id))
            {
                ids[key] = id = _sets.Count;
                _sets.Add(owned.Value.Releases);
            }
            _set[i] = id;
            _slowPath[i] = owned.Value.SlowPathOnly;
            raises[i] = !owned.Value.SlowPathOnly;
        }

        var nesting = LoopNesting(code, flow);
        long bestCost = long.MaxValue;
        for (int initial = 0; initial < _sets.Count; initial++)
        {
            var stores = Stores(code, flow, raises, initial);
            long cost = 0;
            for (int i = 0; i < n; i++) if (stores[i]) cost += 1L << (4 * Math.Min(nesting[i], 12));
            if (cost >= bestCost) continue;
            bestCost = cost;
            Initial = initial;
            Array.Copy(stores, _store, n);
        }
    }

    /// <summary>True when some instruction raises with references pending: the frame needs <c>__ip</c>.</summary>
    public bool ReleasesAny => _sets.Count > 1;

    /// <summary>The number <c>__ip</c> starts at.</summary>
    public int Initial { get; }

    /// <summary>The sets of releases (C# values to DecRef, in order) by number; set 0 is empty.</summary>
    public IReadOnlyList<string[]> Sets => _sets;

    /// <summary>The number of the set to record before instruction <paramref name="i"/>, or null when the one in force is right.</summary>
    public int? StoreBefore(int i) => _store[i] ? _set[i] : null;

    /// <summary>The number of the set in force once instruction <paramref name="i"/>, which can raise, has run (a split generator's yield records it when the generator resumes).</summary>
    public int SetAfter(int i) => _set[i];

    /// <summary>The number instruction <paramref name="i"/> records on its slow path, or null when it has none.</summary>
    public int? SlowPathSet(int i) => _slowPath[i] ? _set[i] : null;

    /// <summary>Which raising instructions need a store when <c>__ip</c> starts at <paramref name="initial"/>.</summary>
    private bool[] Stores(IReadOnlyList<Instruction> code, InstructionFlow flow, bool[] raises, int initial)
    {
        int n = code.Count;
        // The number in force on entry to each instruction: one set's, or Conflict when paths disagree.
        var entry = Enumerable.Repeat(Unknown, n).ToArray();
        var work = new Stack<int>();
        if (n > 0) { entry[0] = initial; work.Push(0); }
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
        var stores = new bool[n];
        for (int i = 0; i < n; i++) stores[i] = raises[i] && entry[i] != _set[i];
        return stores;
    }

    /// <summary>How many loops (backward jumps) enclose each instruction.</summary>
    private static int[] LoopNesting(IReadOnlyList<Instruction> code, InstructionFlow flow)
    {
        var nesting = new int[code.Count];
        for (int j = 0; j < code.Count; j++)
        {
            var ins = code[j];
            if (!flow.Reachable[j] || ins.JumpTarget < 0 || ins.JumpTarget > ins.Offset) continue;
            for (int i = flow.IndexOf(ins.JumpTarget); i <= j; i++) nesting[i]++;
        }
        return nesting;
    }

    /// <summary>The instructions control can go to after instruction <paramref name="i"/> (an exception aside).</summary>
    internal static IEnumerable<int> Successors(IReadOnlyList<Instruction> code, InstructionFlow flow, int i)
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
