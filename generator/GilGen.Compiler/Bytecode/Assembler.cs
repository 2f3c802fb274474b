using System.Linq;
using System.Collections.Generic;
using GilGen.Compiler.Binding;

namespace GilGen.Compiler.Bytecode;

/// <summary>
/// compile.c's assemble() and makecode(): lays the blocks out (dfs order), resolves jumps (growing
/// EXTENDED_ARG prefixes until stable), writes the bytes and the line table, runs the peephole
/// optimizer and builds the <see cref="CodeObject"/>.
/// </summary>
internal static class Assembler
{
    public static CodeObject Assemble(CompilerUnit u, string fileName, CodeFlags futureFlags = CodeFlags.None)
    {
        var order = LayOut(u.Blocks);
        ResolveJumps(order);
        if (u.Kind == UnitKind.Module)
        {
            // compile.c enters the module scope with line 0 and assemble() then takes the line of the
            // first instruction (a leading comment or docstring-less blank lines do not count).
            var first = order.SelectMany(b => b.Instrs).FirstOrDefault(i => i.Line != 0);
            u.FirstLineNo = first != null && first.Line != 0 ? first.Line : 1;
        }

        var opcodes = new List<byte>();
        var args = new List<byte>();
        var lnotab = new List<byte>();
        int aLineNo = u.FirstLineNo, aLineNoOff = 0;
        foreach (var b in order)
        {
            foreach (var instr in b.Instrs)
            {
                if (instr.Line != 0) EmitLnotab(lnotab, instr.Line, opcodes.Count, ref aLineNo, ref aLineNoOff);
                int size = OpcodeInfo.InstrSize(instr.Arg);
                for (int k = size - 1; k >= 1; k--)
                {
                    opcodes.Add((byte)Opcode.EXTENDED_ARG);
                    args.Add((byte)((instr.Arg >> (8 * k)) & 0xff));
                }
                opcodes.Add((byte)instr.Opcode);
                args.Add((byte)(instr.Arg & 0xff));
            }
        }

        int stackSize = StackDepth.Compute(u.Blocks);
        var consts = new List<Constant>(u.Consts);
        new PeepholeOptimizer(opcodes.ToArray(), args.ToArray(), consts, lnotab).Optimize(out var finalOps, out var finalArgs);

        var ste = u.Ste;
        var flags = CodeFlags.None;
        if (ste.Type == ScopeType.Function)
        {
            flags |= CodeFlags.NewLocals | CodeFlags.Optimized;
            if (ste.Nested) flags |= CodeFlags.Nested;
            if (ste.IsGenerator && !ste.IsCoroutine) flags |= CodeFlags.Generator;
            if (!ste.IsGenerator && ste.IsCoroutine) flags |= CodeFlags.Coroutine;
            if (ste.IsGenerator && ste.IsCoroutine) flags |= CodeFlags.AsyncGenerator;
            if (ste.HasVarArgs) flags |= CodeFlags.VarArgs;
            if (ste.HasVarKeywords) flags |= CodeFlags.VarKeywords;
        }
        if (u.FreeVars.Count == 0 && u.CellVars.Count == 0) flags |= CodeFlags.NoFree;
        flags |= futureFlags;

        var lineTable = lnotab.ToArray();
        var instructions = Decode(finalOps, finalArgs, lineTable, u.FirstLineNo);
        return new CodeObject(
            u.Name, u.QualName, fileName, u.FirstLineNo,
            u.PosOnlyArgCount + u.ArgCount, u.PosOnlyArgCount, u.KwOnlyArgCount, stackSize, flags,
            instructions, consts, u.Names.Items.ToArray(), u.VarNames.Items.ToArray(),
            u.FreeVars.Items.ToArray(), u.CellVars.Items.ToArray(), lineTable);
    }

    /// <summary>compile.c's dfs(): the emission order (reverse postorder; in practice the b_next chain).</summary>
    private static List<BasicBlock> LayOut(List<BasicBlock> blocks)
    {
        foreach (var b in blocks) b.Seen = false;
        var post = new BasicBlock[blocks.Count];
        int count = 0;
        Dfs(blocks[0], post, ref count, blocks.Count);
        var order = new List<BasicBlock>(count);
        for (int i = count - 1; i >= 0; i--) order.Add(post[i]);
        return order;
    }

    private static void Dfs(BasicBlock? b, BasicBlock[] post, ref int count, int end)
    {
        int j = end;
        for (; b != null && !b.Seen; b = b.Next)
        {
            b.Seen = true;
            post[--j] = b;
        }
        while (j < end)
        {
            b = post[j++];
            foreach (var instr in b.Instrs)
                if (instr.Target != null) Dfs(instr.Target, post, ref count, j);
            post[count++] = b;
        }
    }

    private static void ResolveJumps(List<BasicBlock> order)
    {
        bool again;
        do
        {
            int total = 0;
            foreach (var b in order)
            {
                b.Offset = total;
                foreach (var i in b.Instrs) total += OpcodeInfo.InstrSize(i.Arg);
            }
            again = false;
            foreach (var b in order)
            {
                int bsize = b.Offset;
                foreach (var instr in b.Instrs)
                {
                    int isize = OpcodeInfo.InstrSize(instr.Arg);
                    bsize += isize;
                    if (instr.Target == null) continue;
                    int arg = instr.Target.Offset;
                    if (instr.IsRelativeJump) arg -= bsize;
                    arg *= 2;
                    instr.Arg = arg;
                    if (OpcodeInfo.InstrSize(arg) != isize) again = true;
                }
            }
        } while (again);
    }

    /// <summary>compile.c's assemble_lnotab.</summary>
    private static void EmitLnotab(List<byte> lnotab, int line, int offset, ref int aLineNo, ref int aLineNoOff)
    {
        int dLineNo = line - aLineNo;
        if (dLineNo == 0) return;
        int dBytecode = (offset - aLineNoOff) * 2;
        if (dBytecode > 255)
        {
            int ncodes = dBytecode / 255;
            for (int j = 0; j < ncodes; j++) { lnotab.Add(255); lnotab.Add(0); }
            dBytecode -= ncodes * 255;
        }
        if (dLineNo < -128 || dLineNo > 127)
        {
            int k, ncodes;
            if (dLineNo < 0) { k = -128; ncodes = -dLineNo / 128; }
            else { k = 127; ncodes = dLineNo / 127; }
            dLineNo -= ncodes * k;
            lnotab.Add((byte)dBytecode); lnotab.Add(unchecked((byte)(sbyte)k));
            dBytecode = 0;
            for (int j = 1; j < ncodes; j++) { lnotab.Add(0); lnotab.Add(unchecked((byte)(sbyte)k)); }
        }
        lnotab.Add((byte)dBytecode);
        lnotab.Add(unchecked((byte)(sbyte)dLineNo));
        aLineNo = line;
        aLineNoOff = offset;
    }

    /// <summary>dis.findlinestarts: offset → line where a line starts.</summary>
    public static Dictionary<int, int> FindLineStarts(byte[] lnotab, int firstLineNo)
    {
        var result = new Dictionary<int, int>();
        int? lastLine = null;
        int line = firstLineNo, addr = 0;
        for (int i = 0; i + 1 < lnotab.Length; i += 2)
        {
            int byteIncr = lnotab[i], lineIncr = lnotab[i + 1];
            if (byteIncr != 0)
            {
                if (line != lastLine) { result[addr] = line; lastLine = line; }
                addr += byteIncr;
            }
            if (lineIncr >= 0x80) lineIncr -= 0x100;
            line += lineIncr;
        }
        if (line != lastLine) result[addr] = line;
        return result;
    }

    private static Instruction[] Decode(byte[] ops, byte[] args, byte[] lnotab, int firstLineNo)
    {
        var labels = new HashSet<int>();
        int ext = 0;
        var full = new int[ops.Length];
        for (int i = 0; i < ops.Length; i++)
        {
            var op = (Opcode)ops[i];
            int arg = 0;
            if (ops[i] >= Opcodes.HaveArgument)
            {
                arg = args[i] | ext;
                ext = op == Opcode.EXTENDED_ARG ? arg << 8 : 0;
            }
            full[i] = arg;
            if (Opcodes.IsRelativeJump(op)) labels.Add(i * 2 + 2 + arg);
            else if (Opcodes.IsAbsoluteJump(op)) labels.Add(arg);
        }
        var starts = FindLineStarts(lnotab, firstLineNo);
        var result = new Instruction[ops.Length];
        int line = firstLineNo;
        for (int i = 0; i < ops.Length; i++)
        {
            bool startsLine = starts.TryGetValue(i * 2, out int l);
            if (startsLine) line = l;
            result[i] = new Instruction((Opcode)ops[i], full[i], i * 2, line, startsLine, labels.Contains(i * 2));
        }
        return result;
    }
}
