using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace GilGen.Compiler.Bytecode;

/// <summary>Prints a code object exactly as CPython 3.9's <c>dis.dis</c> does.</summary>
public static class Disassembler
{
    private const int OpNameWidth = 20, OpArgWidth = 5;
    private static readonly string[] CmpOp = { "<", "<=", "==", "!=", ">", ">=" };
    private static readonly string[] MakeFunctionFlags = { "defaults", "kwdefaults", "annotations", "closure" };
    private static readonly string[] FormatConverters = { "", "str", "repr", "ascii" };

    /// <summary>
    /// What <c>dis.dis(code)</c> prints: the code, then a "Disassembly of ..." section for each nested code object.
    /// </summary>
    /// <param name="code">The code object.</param>
    /// <param name="address">The "0x..." text of a code object's address (tests pass a constant); by default a stable per-object hash.</param>
    public static string Dis(CodeObject code, Func<CodeObject, string>? address = null)
    {
        address ??= co => "0x" + System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(co).ToString("x12", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        DisRecursive(code, address, sb);
        return sb.ToString();
    }

    private static void DisRecursive(CodeObject co, Func<CodeObject, string> address, StringBuilder sb)
    {
        Disassemble(co, address, sb);
        foreach (var c in co.Constants)
        {
            if (c.Kind != ConstantKind.Code) continue;
            sb.Append('\n');
            sb.Append("Disassembly of ").Append(PythonRepr.Repr(c, address)).Append(":\n");
            DisRecursive(c.Code!, address, sb);
        }
    }

    /// <summary>dis.disassemble: one code object, without the nested ones.</summary>
    public static void Disassemble(CodeObject co, Func<CodeObject, string> address, StringBuilder sb)
    {
        int codeLen = co.Instructions.Count * 2;
        var lineStarts = Assembler.FindLineStarts(co.LineTable, co.FirstLineNo);
        int maxLine = lineStarts.Count > 0 ? lineStarts.Values.Max() : 0;
        int linenoWidth = maxLine >= 1000 ? maxLine.ToString(CultureInfo.InvariantCulture).Length : 3;
        int maxOffset = codeLen - 2;
        int offsetWidth = maxOffset >= 10000 ? maxOffset.ToString(CultureInfo.InvariantCulture).Length : 4;
        var labels = new HashSet<int>();
        foreach (var ins in co.Instructions)
            if (ins.JumpTarget >= 0) labels.Add(ins.JumpTarget);
        var cells = co.CellVars.Concat(co.FreeVars).ToList();
        foreach (var ins in co.Instructions)
        {
            bool starts = lineStarts.TryGetValue(ins.Offset, out int line);
            if (starts && ins.Offset > 0) sb.Append('\n');
            var fields = new List<string>();
            fields.Add(starts ? line.ToString(CultureInfo.InvariantCulture).PadLeft(linenoWidth) : new string(' ', linenoWidth));
            fields.Add("   ");
            fields.Add(labels.Contains(ins.Offset) ? ">>" : "  ");
            fields.Add(ins.Offset.ToString(CultureInfo.InvariantCulture).PadLeft(offsetWidth));
            fields.Add(ins.Opcode.ToString().PadRight(OpNameWidth));
            if ((int)ins.Opcode >= Opcodes.HaveArgument)
            {
                fields.Add(ins.Arg.ToString(CultureInfo.InvariantCulture).PadLeft(OpArgWidth));
                string argRepr = ArgRepr(co, ins, cells, address);
                if (argRepr.Length > 0) fields.Add("(" + argRepr + ")");
            }
            sb.Append(string.Join(" ", fields).TrimEnd()).Append('\n');
        }
    }

    private static string At(IReadOnlyList<string> list, int i) => i >= 0 && i < list.Count ? list[i] : i.ToString(CultureInfo.InvariantCulture);

    private static string ArgRepr(CodeObject co, Instruction ins, List<string> cells, Func<CodeObject, string> address)
    {
        var op = ins.Opcode;
        int arg = ins.Arg;
        if (OpcodeInfo.HasConst(op)) return arg < co.Constants.Count ? PythonRepr.Repr(co.Constants[arg], address) : arg.ToString(CultureInfo.InvariantCulture);
        if (OpcodeInfo.HasName(op)) return At(co.Names, arg);
        if (Opcodes.IsRelativeJump(op)) return "to " + (ins.Offset + 2 + arg).ToString(CultureInfo.InvariantCulture);
        if (OpcodeInfo.HasLocal(op)) return At(co.VarNames, arg);
        if (OpcodeInfo.HasCompare(op)) return arg < CmpOp.Length ? CmpOp[arg] : "";
        if (OpcodeInfo.HasFree(op)) return At(cells, arg);
        if (op == Opcode.FORMAT_VALUE)
        {
            string s = FormatConverters[arg & 0x3];
            if ((arg & 0x4) != 0) s += s.Length > 0 ? ", with format" : "with format";
            return s;
        }
        if (op == Opcode.MAKE_FUNCTION)
            return string.Join(", ", MakeFunctionFlags.Where((_, i) => (arg & (1 << i)) != 0));
        return "";
    }
}
