using System.Collections.Generic;
using GilGen.Compiler.Bytecode;

namespace GilGen.Compiler.Emit;

/// <summary>
/// The static facts about each instruction that the emitter needs: the stack depth before it runs,
/// the block stack it runs under, and whether any path reaches it. Computed by walking every edge of
/// the control-flow graph, exception edges included, as compile.c's stackdepth() does.
/// </summary>
internal sealed class InstructionFlow
{
    private readonly Dictionary<int, int> _indexByOffset = new();

    public InstructionFlow(CodeObject code)
    {
        var instructions = code.Instructions;
        Depth = new int[instructions.Count];
        Blocks = new BlockStack[instructions.Count];
        Reachable = new bool[instructions.Count];
        HandlerTargets = new HashSet<int>();
        for (int i = 0; i < instructions.Count; i++) _indexByOffset[instructions[i].Offset] = i;

        var work = new Stack<(int Index, int Depth, BlockStack Blocks)>();
        work.Push((0, 0, BlockStack.Empty));
        while (work.Count > 0)
        {
            var (index, depth, blocks) = work.Pop();
            while (index < instructions.Count && !Reachable[index])
            {
                Reachable[index] = true;
                Depth[index] = depth;
                Blocks[index] = blocks;
                var ins = instructions[index];
                var op = ins.Opcode;

                // An exception raised here goes to the innermost Finally block's handler, with the
                // stack cut to that block's level and six values pushed (the previous handled exception
                // and the new one, three each), under a new ExceptHandler block. So does one raised at a
                // checkpoint just before it (CodeObjectEmitter.CheckpointStates), whatever the instruction:
                // `try: while True: pass` can be interrupted at its backward jump.
                var finallyBlock = blocks.InnermostFinally;
                if (finallyBlock != null)
                {
                    PushHandler(work, finallyBlock, blocks.BelowInnermostFinally());
                }

                int next = index + 1;
                switch (op)
                {
                    case Opcode.SETUP_FINALLY:
                    case Opcode.SETUP_WITH:
                    {
                        int level = depth; // SETUP_WITH replaces the manager by __exit__ before it sets up the block.
                        var block = new Block(BlockKind.Finally, ins.JumpTarget, level);
                        blocks = blocks.Push(block);
                        depth += StackEffect.Of(op, ins.Arg, jump: false);
                        index = next;
                        continue;
                    }
                    case Opcode.SETUP_ASYNC_WITH:
                    {
                        // The block's level is below the awaited __aenter__ result, which stays on top.
                        blocks = blocks.Push(new Block(BlockKind.Finally, ins.JumpTarget, depth - 1));
                        index = next;
                        continue;
                    }
                    case Opcode.END_ASYNC_FOR:
                        // The fall-through is the StopAsyncIteration path: the handler block is left, its six values and the iterator popped.
                        blocks = blocks.Pop();
                        depth += StackEffect.Of(op, ins.Arg, jump: false);
                        index = next;
                        continue;
                    case Opcode.POP_BLOCK:
                        blocks = blocks.Pop();
                        index = next;
                        continue;
                    case Opcode.POP_EXCEPT:
                        blocks = blocks.Pop();
                        depth += StackEffect.Of(op, ins.Arg, jump: false);
                        index = next;
                        continue;
                    case Opcode.RETURN_VALUE:
                    case Opcode.RERAISE:
                    case Opcode.RAISE_VARARGS:
                        index = instructions.Count;
                        continue;
                    case Opcode.JUMP_ABSOLUTE:
                    case Opcode.JUMP_FORWARD:
                        index = IndexOf(ins.JumpTarget);
                        continue;
                }

                if (ins.JumpTarget >= 0)
                {
                    work.Push((IndexOf(ins.JumpTarget), depth + StackEffect.Of(op, ins.Arg, jump: true), blocks));
                }
                depth += StackEffect.Of(op, ins.Arg, jump: false);
                index = next;
            }
        }
    }

    /// <summary>Stack depth before each instruction (by index).</summary>
    public int[] Depth { get; }

    /// <summary>The block stack each instruction runs under (by index).</summary>
    public BlockStack[] Blocks { get; }

    /// <summary>False for dead code the emitter leaves out.</summary>
    public bool[] Reachable { get; }

    /// <summary>Offsets that exception handlers start at.</summary>
    public HashSet<int> HandlerTargets { get; }

    /// <summary>True when the code has any try/with block, and so needs the handler dispatch loop.</summary>
    public bool HasHandlers => HandlerTargets.Count > 0;

    public int IndexOf(int offset) => _indexByOffset[offset];

    private void PushHandler(Stack<(int, int, BlockStack)> work, Block finallyBlock, BlockStack below)
    {
        HandlerTargets.Add(finallyBlock.Handler);
        var handlerBlocks = below.Push(new Block(BlockKind.ExceptHandler, -1, finallyBlock.Level));
        work.Push((IndexOf(finallyBlock.Handler), finallyBlock.Level + 6, handlerBlocks));
    }

    /// <summary>
    /// Instructions that cannot raise themselves (a checkpoint before one still can, so its block's handler is
    /// reachable): fewer cases in the catch; treating an instruction as raising is always safe.
    /// </summary>
    public static bool CanRaise(Opcode op) => op switch
    {
        Opcode.NOP or Opcode.EXTENDED_ARG or Opcode.LOAD_CONST or Opcode.STORE_FAST or Opcode.POP_TOP
            or Opcode.ROT_TWO or Opcode.ROT_THREE or Opcode.ROT_FOUR or Opcode.DUP_TOP or Opcode.DUP_TOP_TWO
            or Opcode.JUMP_FORWARD or Opcode.JUMP_ABSOLUTE or Opcode.POP_BLOCK or Opcode.SETUP_FINALLY
            or Opcode.POP_EXCEPT or Opcode.LOAD_CLOSURE => false,
        _ => true,
    };
}
