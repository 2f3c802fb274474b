using System.Collections.Generic;

namespace GilGen.Compiler.Bytecode;

/// <summary>
/// A compiled code object, field for field what CPython 3.9 keeps in a <c>PyCodeObject</c>.
/// The emitter turns one into a C# method; <see cref="Disassembler"/> prints it as <c>dis.dis</c> does.
/// </summary>
public sealed class CodeObject
{
    public CodeObject(
        string name, string qualName, string fileName, int firstLineNo,
        int argCount, int posOnlyArgCount, int kwOnlyArgCount, int stackSize, CodeFlags flags,
        IReadOnlyList<Instruction> instructions, IReadOnlyList<Constant> constants,
        IReadOnlyList<string> names, IReadOnlyList<string> varNames,
        IReadOnlyList<string> freeVars, IReadOnlyList<string> cellVars, byte[] lineTable)
    {
        Name = name; QualName = qualName; FileName = fileName; FirstLineNo = firstLineNo;
        ArgCount = argCount; PosOnlyArgCount = posOnlyArgCount; KwOnlyArgCount = kwOnlyArgCount;
        StackSize = stackSize; Flags = flags; Instructions = instructions; Constants = constants;
        Names = names; VarNames = varNames; FreeVars = freeVars; CellVars = cellVars; LineTable = lineTable;
    }

    /// <summary>co_name, e.g. <c>foo</c>, <c>&lt;module&gt;</c>, <c>&lt;listcomp&gt;</c>.</summary>
    public string Name { get; }
    /// <summary>co_qualname-equivalent (3.9 keeps it on the function): <c>outer.&lt;locals&gt;.inner</c>.</summary>
    public string QualName { get; }
    public string FileName { get; }
    public int FirstLineNo { get; }
    public int ArgCount { get; }
    public int PosOnlyArgCount { get; }
    public int KwOnlyArgCount { get; }
    /// <summary>co_stacksize: the deepest the evaluation stack gets.</summary>
    public int StackSize { get; }
    public CodeFlags Flags { get; }
    /// <summary>In offset order; <see cref="Instruction.Offset"/> is the byte offset (2 per instruction, EXTENDED_ARG included).</summary>
    public IReadOnlyList<Instruction> Instructions { get; }
    /// <summary>co_consts. Nested code objects appear as <see cref="Constant.Code"/>.</summary>
    public IReadOnlyList<Constant> Constants { get; }
    /// <summary>co_names: globals, attributes, imported names.</summary>
    public IReadOnlyList<string> Names { get; }
    /// <summary>co_varnames: arguments first, then the other locals.</summary>
    public IReadOnlyList<string> VarNames { get; }
    public IReadOnlyList<string> FreeVars { get; }
    public IReadOnlyList<string> CellVars { get; }
    /// <summary>co_lnotab, as CPython 3.9 encodes it.</summary>
    public byte[] LineTable { get; }
}

/// <summary>co_flags bits, with CPython's values.</summary>
[System.Flags]
public enum CodeFlags
{
    None = 0,
    Optimized = 0x1,
    NewLocals = 0x2,
    VarArgs = 0x4,
    VarKeywords = 0x8,
    Nested = 0x10,
    Generator = 0x20,
    NoFree = 0x40,
    Coroutine = 0x80,
    IterableCoroutine = 0x100,
    AsyncGenerator = 0x200,
    /// <summary>CO_FUTURE_GENERATOR_STOP.</summary>
    FutureGeneratorStop = 0x800000,
    /// <summary>CO_FUTURE_ANNOTATIONS.</summary>
    FutureAnnotations = 0x1000000,
}

/// <summary>
/// One instruction. <see cref="Arg"/> is the full argument (EXTENDED_ARG prefixes already folded in;
/// the prefixes themselves are still listed as their own instructions, as dis shows them).
/// </summary>
public readonly struct Instruction
{
    public Instruction(Opcode opcode, int arg, int offset, int line, bool startsLine, bool isJumpTarget)
    {
        Opcode = opcode; Arg = arg; Offset = offset; Line = line; StartsLine = startsLine; IsJumpTarget = isJumpTarget;
    }

    public Opcode Opcode { get; }
    public int Arg { get; }
    public int Offset { get; }
    /// <summary>The source line this instruction belongs to (from the line table).</summary>
    public int Line { get; }
    /// <summary>True for the first instruction of a line (where dis prints the line number).</summary>
    public bool StartsLine { get; }
    public bool IsJumpTarget { get; }
    public bool HasArg => (int)Opcode >= 90;

    /// <summary>The byte offset this instruction jumps to, for relative and absolute jumps; -1 otherwise.</summary>
    public int JumpTarget => Opcodes.IsRelativeJump(Opcode) ? Offset + 2 + Arg
        : Opcodes.IsAbsoluteJump(Opcode) ? Arg : -1;
}
