using System.Collections.Generic;

namespace GilGen.Compiler.Bytecode;

/// <summary>One instruction before assembly (compile.c's struct instr): the jump target is a block, not yet an offset.</summary>
internal sealed class Instr
{
    public Instr(Opcode opcode, int arg, BasicBlock? target, int line)
    {
        Opcode = opcode; Arg = arg; Target = target; Line = line;
    }

    public Opcode Opcode;
    public int Arg;
    public BasicBlock? Target;
    /// <summary>0 when the instruction does not start a new line-table entry.</summary>
    public int Line;

    public bool IsRelativeJump => Opcodes.IsRelativeJump(Opcode);
    public bool IsAbsoluteJump => Opcodes.IsAbsoluteJump(Opcode);
    public bool IsJump => Target != null;
}

/// <summary>A basic block (compile.c's basicblock): straight-line code, linked to the block that follows it in layout order.</summary>
internal sealed class BasicBlock
{
    public List<Instr> Instrs { get; } = new();
    /// <summary>b_next: the block laid out after this one.</summary>
    public BasicBlock? Next;
    /// <summary>b_return: the block contains a RETURN_VALUE.</summary>
    public bool Return;
    /// <summary>Offset in code units, during assembly.</summary>
    public int Offset;
    public bool Seen;
    public int StartDepth = int.MinValue;
}
