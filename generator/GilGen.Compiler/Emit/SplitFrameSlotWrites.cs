using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using GilGen.Compiler.Bytecode;

namespace GilGen.Compiler.Emit;

/// <summary>
/// For a split frame (see CodeObjectEmitter.SplitFrame): after which instructions the body method copies a stack
/// slot into the frame, so that the entry method's <c>finally</c> finds there the value a raising instruction
/// leaves pending in that slot.
/// </summary>
/// <remarks>
/// A backward liveness over the instructions: a slot is live where some path reaches an instruction that would
/// release it from the frame (<see cref="StackReleasePlan"/>) before anything writes the slot again; the copy
/// follows each instruction that writes a slot live after it. The copy is made once per value, where the value
/// is made, not before each instruction that could raise with it pending: a loop's iterator is copied once, by
/// GET_ITER before the loop, and a loop whose pending values are locals or constants copies nothing.
/// </remarks>
internal sealed class SplitFrameSlotWrites
{
    private readonly int[][] _after;

    /// <param name="code">The code object's instructions.</param>
    /// <param name="flow">Depths and reachability.</param>
    /// <param name="releasedFromSlot">The slots an instruction, when it raises, releases through their own value.</param>
    public SplitFrameSlotWrites(IReadOnlyList<Instruction> code, InstructionFlow flow, Func<int, IEnumerable<int>> releasedFromSlot)
    {
        int n = code.Count;
        int width = 1;
        for (int i = 0; i < n; i++)
        {
            if (flow.Reachable[i]) width = Math.Max(width, Math.Max(flow.Depth[i], flow.Depth[i] + StackEffect.Of(code[i].Opcode, code[i].Arg, jump: false)) + 1);
        }
        var uses = new int[n][];
        var slots = new SortedSet<int>();
        for (int i = 0; i < n; i++)
        {
            uses[i] = flow.Reachable[i] ? releasedFromSlot(i).ToArray() : Array.Empty<int>();
            slots.UnionWith(uses[i]);
        }
        Slots = slots.ToArray();
        _after = new int[n][];
        for (int i = 0; i < n; i++) _after[i] = Array.Empty<int>();
        if (Slots.Length == 0) return;

        // live[i]: the slots live on entry to instruction i.
        var live = new BitArray[n];
        for (int i = 0; i < n; i++) live[i] = new BitArray(width);
        bool changed = true;
        while (changed)
        {
            changed = false;
            for (int i = n - 1; i >= 0; i--)
            {
                if (!flow.Reachable[i]) continue;
                var next = new BitArray(width);
                foreach (int s in StackReleasePlan.Successors(code, flow, i)) next.Or(live[s]);
                var (low, high) = Written(code[i], flow.Depth[i]);
                for (int s = low; s < high && s < width; s++) next[s] = false;
                foreach (int s in uses[i]) next[s] = true;
                if (!SameBits(next, live[i]))
                {
                    live[i] = next;
                    changed = true;
                }
            }
        }

        for (int i = 0; i < n; i++)
        {
            if (!flow.Reachable[i] || i + 1 >= n || !FallsThrough(code[i].Opcode)) continue;
            var (low, high) = Written(code[i], flow.Depth[i]);
            var copies = new List<int>();
            for (int s = low; s < high && s < width; s++) if (live[i + 1][s]) copies.Add(s);
            _after[i] = copies.ToArray();
        }
    }

    /// <summary>The slots the frame holds copies of, in order: its fields.</summary>
    public int[] Slots { get; }

    /// <summary>The slots to copy into the frame after instruction <paramref name="i"/> (on its way to the next one).</summary>
    public IReadOnlyList<int> After(int i) => _after[i];

    private static bool FallsThrough(Opcode op) => op is not (Opcode.RETURN_VALUE or Opcode.RAISE_VARARGS or Opcode.RERAISE
        or Opcode.JUMP_ABSOLUTE or Opcode.JUMP_FORWARD);

    private static bool SameBits(BitArray a, BitArray b)
    {
        for (int k = 0; k < a.Length; k++) if (a[k] != b[k]) return false;
        return true;
    }

    /// <summary>
    /// The slots [low, high) an instruction may write on its way to the next instruction (more is safe: a copy
    /// too many stores the slot's current value; fewer is not). An instruction that only pops writes none.
    /// </summary>
    private static (int Low, int High) Written(Instruction ins, int depth)
    {
        int after = depth + StackEffect.Of(ins.Opcode, ins.Arg, jump: false);
        int inputs = StackInputs.Of(ins.Opcode, ins.Arg);
        int low = ins.Opcode switch
        {
            // Pushes that leave what is below as it is.
            Opcode.LOAD_FAST or Opcode.LOAD_CONST or Opcode.LOAD_GLOBAL or Opcode.LOAD_NAME or Opcode.LOAD_DEREF
                or Opcode.LOAD_CLASSDEREF or Opcode.LOAD_CLOSURE or Opcode.LOAD_BUILD_CLASS or Opcode.LOAD_ASSERTION_ERROR
                or Opcode.IMPORT_FROM or Opcode.DUP_TOP or Opcode.DUP_TOP_TWO or Opcode.FOR_ITER or Opcode.GET_ANEXT => depth,
            // The object's slot is replaced (LOAD_METHOD also pushes the self slot above it).
            Opcode.LOAD_METHOD or Opcode.LOAD_ATTR or Opcode.UNARY_POSITIVE or Opcode.UNARY_NEGATIVE or Opcode.UNARY_NOT
                or Opcode.UNARY_INVERT or Opcode.GET_ITER or Opcode.LIST_TO_TUPLE or Opcode.GET_YIELD_FROM_ITER
                or Opcode.GET_AWAITABLE or Opcode.GET_AITER or Opcode.BEFORE_ASYNC_WITH
                or Opcode.UNPACK_SEQUENCE or Opcode.UNPACK_EX => depth - 1,
            Opcode.ROT_TWO => depth - 2,
            Opcode.ROT_THREE => depth - 3,
            Opcode.ROT_FOUR => depth - 4,
            // The result lands in the lowest input's slot.
            Opcode.BINARY_POWER or Opcode.BINARY_MULTIPLY or Opcode.BINARY_MATRIX_MULTIPLY or Opcode.BINARY_MODULO
                or Opcode.BINARY_ADD or Opcode.BINARY_SUBTRACT or Opcode.BINARY_SUBSCR or Opcode.BINARY_FLOOR_DIVIDE
                or Opcode.BINARY_TRUE_DIVIDE or Opcode.BINARY_LSHIFT or Opcode.BINARY_RSHIFT or Opcode.BINARY_AND
                or Opcode.BINARY_XOR or Opcode.BINARY_OR or Opcode.INPLACE_POWER or Opcode.INPLACE_MULTIPLY
                or Opcode.INPLACE_MATRIX_MULTIPLY or Opcode.INPLACE_MODULO or Opcode.INPLACE_ADD or Opcode.INPLACE_SUBTRACT
                or Opcode.INPLACE_FLOOR_DIVIDE or Opcode.INPLACE_TRUE_DIVIDE or Opcode.INPLACE_LSHIFT
                or Opcode.INPLACE_RSHIFT or Opcode.INPLACE_AND or Opcode.INPLACE_XOR or Opcode.INPLACE_OR
                or Opcode.COMPARE_OP or Opcode.IS_OP or Opcode.CONTAINS_OP or Opcode.IMPORT_NAME
                or Opcode.CALL_FUNCTION or Opcode.CALL_METHOD or Opcode.CALL_FUNCTION_KW or Opcode.CALL_FUNCTION_EX
                or Opcode.BUILD_TUPLE or Opcode.BUILD_LIST or Opcode.BUILD_SET or Opcode.BUILD_MAP or Opcode.BUILD_STRING
                or Opcode.BUILD_CONST_KEY_MAP or Opcode.BUILD_SLICE or Opcode.FORMAT_VALUE => depth - inputs,
            // MAKE_FUNCTION's result replaces its lowest operand: the defaults, or the code object.
            Opcode.MAKE_FUNCTION => after - 1,
            // Only pops (stores, POP_TOP, the conditional jumps, the appends to a collection below, ...).
            Opcode.NOP or Opcode.EXTENDED_ARG or Opcode.POP_TOP or Opcode.STORE_FAST or Opcode.STORE_NAME
                or Opcode.STORE_GLOBAL or Opcode.STORE_ATTR or Opcode.STORE_SUBSCR or Opcode.STORE_DEREF
                or Opcode.DELETE_FAST or Opcode.DELETE_NAME or Opcode.DELETE_GLOBAL or Opcode.DELETE_ATTR
                or Opcode.DELETE_SUBSCR or Opcode.DELETE_DEREF or Opcode.POP_JUMP_IF_FALSE or Opcode.POP_JUMP_IF_TRUE
                or Opcode.JUMP_IF_FALSE_OR_POP or Opcode.JUMP_IF_TRUE_OR_POP or Opcode.LIST_APPEND or Opcode.SET_ADD
                or Opcode.MAP_ADD or Opcode.LIST_EXTEND or Opcode.SET_UPDATE or Opcode.DICT_UPDATE or Opcode.DICT_MERGE
                or Opcode.SETUP_ANNOTATIONS or Opcode.IMPORT_STAR or Opcode.JUMP_ABSOLUTE or Opcode.JUMP_FORWARD or Opcode.RETURN_VALUE
                or Opcode.RAISE_VARARGS => after,
            // Anything else may have written any slot up to its depth after.
            _ => 0,
        };
        return (Math.Max(0, low), Math.Max(after, depth));
    }
}
