using System.Collections.Generic;

namespace GilGen.Compiler.Bytecode;

/// <summary>
/// A port of CPython 3.9's Python/peephole.c, which runs on the assembled bytes: folds tuples of
/// constants, turns BUILD_TUPLE/UNPACK_SEQUENCE pairs into rotations, threads jumps to jumps,
/// removes code after RETURN_VALUE up to the next jump target, then squeezes out the NOPs and fixes
/// jump arguments and the line table.
/// </summary>
internal sealed class PeepholeOptimizer
{
    private readonly byte[] _op;
    private readonly byte[] _arg;
    private readonly List<Constant> _consts;
    private readonly List<byte> _lnotab;
    private readonly int _len;

    public PeepholeOptimizer(byte[] ops, byte[] args, List<Constant> consts, List<byte> lnotab)
    {
        _op = ops; _arg = args; _consts = consts; _lnotab = lnotab; _len = ops.Length;
    }

    private const byte NOP = (byte)Opcode.NOP;
    private const byte EXTENDED_ARG = (byte)Opcode.EXTENDED_ARG;

    private static bool IsAbsoluteJump(byte op) => Opcodes.IsAbsoluteJump((Opcode)op);
    private static bool IsUnconditionalJump(byte op) => op == (byte)Opcode.JUMP_ABSOLUTE || op == (byte)Opcode.JUMP_FORWARD;
    private static bool IsConditionalJump(byte op) => op == (byte)Opcode.POP_JUMP_IF_FALSE || op == (byte)Opcode.POP_JUMP_IF_TRUE
        || op == (byte)Opcode.JUMP_IF_FALSE_OR_POP || op == (byte)Opcode.JUMP_IF_TRUE_OR_POP;
    private static bool JumpsOnTrue(byte op) => op == (byte)Opcode.POP_JUMP_IF_TRUE || op == (byte)Opcode.JUMP_IF_TRUE_OR_POP;

    private int GetArg(int i)
    {
        int oparg = _arg[i];
        if (i >= 1 && _op[i - 1] == EXTENDED_ARG)
        {
            oparg |= _arg[i - 1] << 8;
            if (i >= 2 && _op[i - 2] == EXTENDED_ARG)
            {
                oparg |= _arg[i - 2] << 16;
                if (i >= 3 && _op[i - 3] == EXTENDED_ARG) oparg |= _arg[i - 3] << 24;
            }
        }
        return oparg;
    }

    private int GetJumpTarget(int i) => GetArg(i) / 2 + (IsAbsoluteJump(_op[i]) ? 0 : i + 1);

    private int FindOp(int i)
    {
        while (i < _len && _op[i] == EXTENDED_ARG) i++;
        return i;
    }

    private void FillNops(int start, int end)
    {
        for (int i = start; i < end; i++) { _op[i] = NOP; _arg[i] = 0; }
    }

    private void WriteOpArg(int at, byte opcode, int oparg, int ilen)
    {
        for (int k = ilen - 1; k >= 1; k--) { _op[at] = EXTENDED_ARG; _arg[at] = (byte)((oparg >> (8 * k)) & 0xff); at++; }
        _op[at] = opcode; _arg[at] = (byte)(oparg & 0xff);
    }

    /// <summary>set_arg: returns the new index of the op, or -1 when the argument does not fit.</summary>
    private int SetArg(int i, int oparg)
    {
        int curarg = GetArg(i);
        if (curarg == oparg) return i;
        int curilen = OpcodeInfo.InstrSize(curarg), newilen = OpcodeInfo.InstrSize(oparg);
        if (curilen < newilen) return -1;
        WriteOpArg(i + 1 - curilen, _op[i], oparg, newilen);
        FillNops(i + 1 - curilen + newilen, i + 1);
        return i - curilen + newilen;
    }

    /// <summary>copy_op_arg: writes the op at the end of [i, maxi) and NOPs before it.</summary>
    private int CopyOpArg(int i, byte op, int oparg, int maxi)
    {
        int ilen = OpcodeInfo.InstrSize(oparg);
        if (i + ilen > maxi) return -1;
        WriteOpArg(maxi - ilen, op, oparg, ilen);
        FillNops(i, maxi - ilen);
        return maxi - 1;
    }

    private int LastNConstStart(int i, int n)
    {
        while (true)
        {
            i--;
            if (_op[i] == (byte)Opcode.LOAD_CONST)
            {
                if (--n == 0)
                {
                    while (i > 0 && _op[i - 1] == EXTENDED_ARG) i--;
                    return i;
                }
            }
        }
    }

    private int FoldTupleOnConstants(int cStart, int opcodeEnd, int n)
    {
        var items = new List<Constant>();
        for (int i = 0, pos = cStart; i < n; i++, pos++)
        {
            pos = FindOp(pos);
            items.Add(_consts[GetArg(pos)]);
        }
        int index = _consts.Count;
        _consts.Add(Constant.Tuple(items));
        return CopyOpArg(cStart, (byte)Opcode.LOAD_CONST, index, opcodeEnd);
    }

    private int[] MarkBlocks()
    {
        var blocks = new int[_len];
        for (int i = 0; i < _len; i++)
        {
            var op = (Opcode)_op[i];
            if (Opcodes.IsRelativeJump(op) || Opcodes.IsAbsoluteJump(op))
            {
                int j = GetJumpTarget(i);
                if (j < _len) blocks[j] = 1;
            }
        }
        int count = 0;
        for (int i = 0; i < _len; i++) { count += blocks[i]; blocks[i] = count; }
        return blocks;
    }

    /// <summary>Runs the optimizer; the result is written to <paramref name="ops"/>/<paramref name="args"/> (unchanged input when CPython bails out).</summary>
    public bool Optimize(out byte[] ops, out byte[] args)
    {
        ops = _op; args = _arg;
        // CPython leaves code alone when the line table has a byte delta of 255 (long line gaps).
        for (int k = 0; k < _lnotab.Count; k += 2)
            if (_lnotab[k] == 0xff) return Unchanged(out ops, out args);
        var originalOps = (byte[])_op.Clone();
        var originalArgs = (byte[])_arg.Clone();
        int constCount = _consts.Count;
        var originalLnotab = new List<byte>(_lnotab);

        var blocks = MarkBlocks();
        int cumlc = 0;
        int nexti;
        for (int i = FindOp(0); i < _len; i = nexti)
        {
            byte opcode = _op[i];
            int opStart = i;
            while (opStart >= 1 && _op[opStart - 1] == EXTENDED_ARG) opStart--;
            nexti = i + 1;
            while (nexti < _len && _op[nexti] == EXTENDED_ARG) nexti++;
            byte nextop = nexti < _len ? _op[nexti] : (byte)0;
            int lastlc = cumlc;
            cumlc = 0;
            switch ((Opcode)opcode)
            {
                case Opcode.LOAD_CONST:
                    cumlc = lastlc + 1;
                    if (nextop != (byte)Opcode.POP_JUMP_IF_FALSE || blocks[opStart] != blocks[i + 1]) break;
                    if (ConstantFolder.IsTrue(_consts[GetArg(i)]))
                    {
                        FillNops(opStart, nexti + 1);
                        cumlc = 0;
                    }
                    break;
                case Opcode.BUILD_TUPLE:
                case Opcode.BUILD_LIST:
                case Opcode.BUILD_SET:
                {
                    int j = GetArg(i);
                    if (opcode == (byte)Opcode.BUILD_TUPLE && j > 0 && lastlc >= j)
                    {
                        int h = LastNConstStart(opStart, j);
                        if (blocks[h] == blocks[opStart])
                        {
                            FoldTupleOnConstants(h, i + 1, j);
                            break;
                        }
                    }
                    if (nextop != (byte)Opcode.UNPACK_SEQUENCE || blocks[opStart] != blocks[i + 1] || j != GetArg(nexti)) break;
                    if (j < 2) FillNops(opStart, nexti + 1);
                    else if (j == 2)
                    {
                        _op[opStart] = (byte)Opcode.ROT_TWO; _arg[opStart] = 0;
                        FillNops(opStart + 1, nexti + 1);
                    }
                    else if (j == 3)
                    {
                        _op[opStart] = (byte)Opcode.ROT_THREE; _arg[opStart] = 0;
                        _op[opStart + 1] = (byte)Opcode.ROT_TWO; _arg[opStart + 1] = 0;
                        FillNops(opStart + 2, nexti + 1);
                    }
                    break;
                }
                case Opcode.JUMP_IF_FALSE_OR_POP:
                case Opcode.JUMP_IF_TRUE_OR_POP:
                {
                    int h = GetArg(i) / 2;
                    int tgt = FindOp(h);
                    byte j = _op[tgt];
                    if (IsConditionalJump(j))
                    {
                        if (JumpsOnTrue(j) == JumpsOnTrue(opcode))
                        {
                            // The second jump is taken iff the first is.
                            h = SetArg(i, GetArg(tgt));
                        }
                        else
                        {
                            // The second jump is not taken if the first is: jump past it, popping.
                            h = SetArg(i, (tgt + 1) * 2);
                            j = opcode == (byte)Opcode.JUMP_IF_TRUE_OR_POP ? (byte)Opcode.POP_JUMP_IF_TRUE : (byte)Opcode.POP_JUMP_IF_FALSE;
                        }
                        if (h >= 0)
                        {
                            nexti = h;
                            _op[nexti] = j;
                            break;
                        }
                    }
                    goto case Opcode.JUMP_ABSOLUTE;
                }
                case Opcode.POP_JUMP_IF_FALSE:
                case Opcode.POP_JUMP_IF_TRUE:
                case Opcode.JUMP_FORWARD:
                case Opcode.JUMP_ABSOLUTE:
                {
                    int h = GetJumpTarget(i);
                    int tgt = FindOp(h);
                    if (tgt >= _len) break;
                    if (IsUnconditionalJump(_op[i]) && _op[tgt] == (byte)Opcode.RETURN_VALUE)
                    {
                        // A jump to a return is a return.
                        _op[opStart] = (byte)Opcode.RETURN_VALUE; _arg[opStart] = 0;
                        FillNops(opStart + 1, i + 1);
                    }
                    else if (IsUnconditionalJump(_op[tgt]))
                    {
                        int arg = GetJumpTarget(tgt);
                        byte op = _op[i];
                        if (op == (byte)Opcode.JUMP_FORWARD) op = (byte)Opcode.JUMP_ABSOLUTE;
                        else if (!IsAbsoluteJump(op))
                        {
                            if (arg < i + 1) break; // no backward relative jumps
                            arg -= i + 1;
                        }
                        arg *= 2;
                        CopyOpArg(opStart, op, arg, i + 1);
                    }
                    break;
                }
                case Opcode.RETURN_VALUE:
                {
                    int h = i + 1;
                    while (h < _len && blocks[i] == blocks[h])
                    {
                        // SETUP_FINALLY and RERAISE stay, to keep the block structure findable.
                        if (_op[h] == (byte)Opcode.SETUP_FINALLY || _op[h] == (byte)Opcode.RERAISE)
                        {
                            while (h > i + 1 && _op[h - 1] == EXTENDED_ARG) h--;
                            break;
                        }
                        h++;
                    }
                    if (h > i + 1)
                    {
                        FillNops(i + 1, h);
                        nexti = FindOp(h);
                    }
                    break;
                }
            }
        }

        // Fix up the line table: old offset → new offset.
        int nops = 0;
        for (int i = 0; i < _len; i++)
        {
            blocks[i] = i - nops;
            if (_op[i] == NOP) nops++;
        }
        int cumOrig = 0, lastOffset = 0;
        for (int k = 0; k < _lnotab.Count; k += 2)
        {
            cumOrig += _lnotab[k];
            int newOffset = (cumOrig / 2 < _len ? blocks[cumOrig / 2] : _len - nops) * 2;
            _lnotab[k] = (byte)(newOffset - lastOffset);
            lastOffset = newOffset;
        }

        // Remove NOPs and fix jump targets.
        var outOps = new List<byte>(_len);
        var outArgs = new List<byte>(_len);
        for (int opStart = 0, i = 0; i < _len; i++, opStart = i)
        {
            int j = _arg[i];
            while (_op[i] == EXTENDED_ARG)
            {
                i++;
                j = j << 8 | _arg[i];
            }
            var opcode = (Opcode)_op[i];
            if (opcode == Opcode.NOP) continue;
            if (Opcodes.IsAbsoluteJump(opcode)) j = blocks[j / 2] * 2;
            else if (Opcodes.IsRelativeJump(opcode)) j = (blocks[j / 2 + i + 1] - blocks[i] - 1) * 2;
            int ilen = i - opStart + 1;
            if (OpcodeInfo.InstrSize(j) > ilen || ilen > 4)
            {
                // As CPython: give up and keep the unoptimized code.
                System.Array.Copy(originalOps, _op, _len);
                System.Array.Copy(originalArgs, _arg, _len);
                _consts.RemoveRange(constCount, _consts.Count - constCount);
                _lnotab.Clear();
                _lnotab.AddRange(originalLnotab);
                return Unchanged(out ops, out args);
            }
            for (int k = ilen - 1; k >= 1; k--) { outOps.Add(EXTENDED_ARG); outArgs.Add((byte)((j >> (8 * k)) & 0xff)); }
            outOps.Add((byte)opcode);
            outArgs.Add((byte)(j & 0xff));
        }
        ops = outOps.ToArray();
        args = outArgs.ToArray();
        return true;
    }

    private bool Unchanged(out byte[] ops, out byte[] args)
    {
        ops = _op; args = _arg;
        return false;
    }
}
