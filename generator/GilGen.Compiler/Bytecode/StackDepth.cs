using System.Collections.Generic;

namespace GilGen.Compiler.Bytecode;

/// <summary>compile.c's stackdepth(): the deepest the stack gets, walking the block graph from the entry.</summary>
internal static class StackDepth
{
    public static int Compute(IReadOnlyList<BasicBlock> blocks)
    {
        if (blocks.Count == 0) return 0;
        foreach (var b in blocks) b.StartDepth = int.MinValue;
        var stack = new Stack<BasicBlock>();
        int maxDepth = 0;
        Push(stack, blocks[0], 0);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            int depth = b.StartDepth;
            var next = b.Next;
            foreach (var instr in b.Instrs)
            {
                int effect = OpcodeInfo.StackEffect(instr.Opcode, instr.Arg, false);
                int newDepth = depth + effect;
                if (newDepth > maxDepth) maxDepth = newDepth;
                if (instr.Target != null)
                {
                    int targetDepth = depth + OpcodeInfo.StackEffect(instr.Opcode, instr.Arg, true);
                    if (targetDepth > maxDepth) maxDepth = targetDepth;
                    Push(stack, instr.Target, targetDepth);
                }
                depth = newDepth;
                if (instr.Opcode is Opcode.JUMP_ABSOLUTE or Opcode.JUMP_FORWARD or Opcode.RETURN_VALUE or Opcode.RAISE_VARARGS or Opcode.RERAISE)
                {
                    // The rest of the block is dead.
                    next = null;
                    break;
                }
            }
            if (next != null) Push(stack, next, depth);
        }
        return maxDepth;
    }

    private static void Push(Stack<BasicBlock> stack, BasicBlock b, int depth)
    {
        if (b.StartDepth < depth && b.StartDepth < 100)
        {
            b.StartDepth = depth;
            stack.Push(b);
        }
    }
}
