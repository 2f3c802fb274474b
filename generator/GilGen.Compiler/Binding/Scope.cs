using System;
using System.Collections.Generic;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Compiler.Binding;

/// <summary>What kind of block a scope is (symtable's ste_type).</summary>
internal enum ScopeType { Module, Function, Class }

/// <summary>symtable.c's DEF_* flags.</summary>
[Flags]
internal enum SymbolFlags
{
    None = 0,
    DefGlobal = 1,
    DefLocal = 2,
    DefParam = 4,
    DefNonlocal = 8,
    Use = 16,
    DefFree = 32,
    DefFreeClass = 64,
    DefImport = 128,
    DefAnnot = 256,
    DefBound = DefLocal | DefParam | DefImport,
}

/// <summary>Where a name lives, as symtable.c resolves it.</summary>
internal enum SymbolScope { None = 0, Local = 1, GlobalExplicit = 2, GlobalImplicit = 3, Free = 4, Cell = 5 }

/// <summary>One symbol table entry (PySTEntryObject): a module, class, function, lambda or comprehension body.</summary>
internal sealed class Scope
{
    public Scope(ScopeType type, string name, SyntaxNode node, Scope? parent)
    {
        Type = type; Name = name; Node = node; Parent = parent;
        Nested = parent != null && (parent.Nested || parent.Type == ScopeType.Function);
    }

    public ScopeType Type { get; }
    public string Name { get; }
    public SyntaxNode Node { get; }
    public Scope? Parent { get; }
    public bool Nested { get; }

    /// <summary>Symbols in first-seen order, with their flags.</summary>
    public Dictionary<string, SymbolFlags> Symbols { get; } = new();
    public List<string> SymbolOrder { get; } = new();
    public Dictionary<string, SymbolScope> Scopes { get; } = new();
    /// <summary>Parameters, in co_varnames order.</summary>
    public List<string> VarNames { get; } = new();
    public List<Scope> Children { get; } = new();

    public bool HasFree { get; set; }
    public bool ChildFree { get; set; }
    public bool IsGenerator { get; set; }
    /// <summary>An <c>async def</c> body (ste_coroutine).</summary>
    public bool IsCoroutine { get; set; }
    public bool HasVarArgs { get; set; }
    public bool HasVarKeywords { get; set; }
    public bool NeedsClassClosure { get; set; }
    public bool IsComprehension { get; set; }
    /// <summary>The class name used for private-name mangling inside this scope, if any.</summary>
    public string? Private { get; set; }

    public SymbolScope GetScope(string name) => Scopes.TryGetValue(name, out var s) ? s : SymbolScope.None;

    public SymbolFlags GetFlags(string name) => Symbols.TryGetValue(name, out var f) ? f : SymbolFlags.None;

    public void SetFlags(string name, SymbolFlags flags)
    {
        if (!Symbols.ContainsKey(name)) SymbolOrder.Add(name);
        Symbols[name] = flags;
    }
}
