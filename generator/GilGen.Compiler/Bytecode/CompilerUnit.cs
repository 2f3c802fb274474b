using System.Collections.Generic;
using GilGen.Compiler.Binding;

namespace GilGen.Compiler.Bytecode;

/// <summary>What kind of code a <see cref="CompilerUnit"/> compiles (compile.c's COMPILER_SCOPE_*).</summary>
internal enum UnitKind { Module, Class, Function, Lambda, Comprehension }

/// <summary>The kinds of frame blocks (compile.c's fblocktype): what a return/break/continue must unwind.</summary>
internal enum FBlockType { WhileLoop, ForLoop, Except, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup, PopValue, AsyncComprehensionGenerator }

/// <summary>One entry of the frame-block stack.</summary>
internal sealed class FBlock
{
    public FBlock(FBlockType type, BasicBlock? block, BasicBlock? exit, object? datum)
    {
        Type = type; Block = block; Exit = exit; Datum = datum;
    }

    public FBlockType Type { get; }
    public BasicBlock? Block { get; }
    public BasicBlock? Exit { get; }
    /// <summary>The finally body (FinallyTry) or the bound exception name (HandlerCleanup).</summary>
    public object? Datum { get; }
}

/// <summary>An ordered name-to-index table (co_names, co_varnames, cell and free variables).</summary>
internal sealed class NameTable
{
    private readonly Dictionary<string, int> _index = new();
    private readonly int _offset;

    public NameTable(int offset = 0) { _offset = offset; }

    public List<string> Items { get; } = new();

    public int Add(string name)
    {
        if (_index.TryGetValue(name, out int i)) return i;
        i = Items.Count + _offset;
        _index[name] = i;
        Items.Add(name);
        return i;
    }

    public int IndexOf(string name) => _index.TryGetValue(name, out int i) ? i : -1;
    public int Count => Items.Count;
}

/// <summary>The state of one code object being compiled (compile.c's struct compiler_unit).</summary>
internal sealed class CompilerUnit
{
    public CompilerUnit(Scope ste, string name, UnitKind kind, int firstLineNo, string? privateName)
    {
        Ste = ste; Name = name; Kind = kind; FirstLineNo = firstLineNo; Private = privateName;
        foreach (var v in ste.VarNames) VarNames.Add(v);
        var cells = new List<string>();
        var frees = new List<string>();
        foreach (var kv in ste.Symbols)
        {
            var scope = ste.GetScope(kv.Key);
            if (scope == SymbolScope.Cell) cells.Add(kv.Key);
            if (scope == SymbolScope.Free || (kv.Value & SymbolFlags.DefFreeClass) != 0) frees.Add(kv.Key);
        }
        cells.Sort(System.StringComparer.Ordinal);
        frees.Sort(System.StringComparer.Ordinal);
        if (ste.NeedsClassClosure) CellVars.Add("__class__");
        foreach (var c in cells) CellVars.Add(c);
        FreeVars = new NameTable(CellVars.Count);
        foreach (var f in frees) FreeVars.Add(f);
        Current = NewBlock();
    }

    public Scope Ste { get; }
    public string Name { get; }
    public string QualName { get; set; } = "";
    public UnitKind Kind { get; }
    public string? Private { get; }

    public List<Constant> Consts { get; } = new();
    public Dictionary<Constant, int> ConstIndex { get; } = new();
    public NameTable Names { get; } = new();
    public NameTable VarNames { get; } = new();
    public NameTable CellVars { get; } = new();
    public NameTable FreeVars { get; }

    /// <summary>Every block, in creation order (the first is the entry).</summary>
    public List<BasicBlock> Blocks { get; } = new();
    public BasicBlock Current { get; set; }

    public int FirstLineNo { get; set; }
    public int LineNo { get; set; }
    public bool LineNoSet { get; set; }
    public int ArgCount { get; set; }
    public int PosOnlyArgCount { get; set; }
    public int KwOnlyArgCount { get; set; }
    public List<FBlock> FBlocks { get; } = new();

    public BasicBlock NewBlock()
    {
        var b = new BasicBlock();
        Blocks.Add(b);
        return b;
    }

    public int AddConst(Constant c)
    {
        if (ConstIndex.TryGetValue(c, out int i)) return i;
        i = Consts.Count;
        Consts.Add(c);
        ConstIndex[c] = i;
        return i;
    }
}
