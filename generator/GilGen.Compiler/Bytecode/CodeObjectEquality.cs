using System.Linq;

namespace GilGen.Compiler.Bytecode;

/// <summary>
/// When two code objects are the same constant, as CPython 3.9's code_richcompare decides: same
/// name, argument counts, local count, flags, first line, bytecode, constants, names, varnames,
/// freevars and cellvars. Two identical comprehensions or lambdas on one line are therefore one
/// constant (<c>f([x for x in a], [x for x in a])</c> loads the same code object twice).
/// </summary>
internal static class CodeObjectEquality
{
    public static bool Equal(CodeObject a, CodeObject b)
    {
        if (ReferenceEquals(a, b))
            return true;
        if (a.Name != b.Name || a.ArgCount != b.ArgCount || a.PosOnlyArgCount != b.PosOnlyArgCount
            || a.KwOnlyArgCount != b.KwOnlyArgCount || a.VarNames.Count != b.VarNames.Count
            || a.Flags != b.Flags || a.FirstLineNo != b.FirstLineNo
            || a.Instructions.Count != b.Instructions.Count)
            return false;
        for (int i = 0; i < a.Instructions.Count; i++)
            if (a.Instructions[i].Opcode != b.Instructions[i].Opcode || a.Instructions[i].Arg != b.Instructions[i].Arg)
                return false;
        return a.Constants.SequenceEqual(b.Constants)
            && a.Names.SequenceEqual(b.Names)
            && a.VarNames.SequenceEqual(b.VarNames)
            && a.FreeVars.SequenceEqual(b.FreeVars)
            && a.CellVars.SequenceEqual(b.CellVars);
    }

    public static int Hash(CodeObject code)
    {
        unchecked
        {
            int h = code.Name.GetHashCode() * 31 + code.FirstLineNo;
            h = h * 31 + code.Instructions.Count;
            foreach (Instruction instruction in code.Instructions)
                h = h * 31 + ((int)instruction.Opcode << 16 ^ instruction.Arg);
            return h;
        }
    }
}
