using System.Collections.Generic;
using GilGen.Compiler.Diagnostics;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Compiler.Binding;

/// <summary>
/// CPython 3.9's symtable.c: one pass collects each block's names and flags, a second pass
/// (<see cref="Analyze"/>) decides for each name whether it is local, global (explicit or implicit),
/// free or cell.
/// </summary>
internal sealed class SymbolTable : SyntaxWalker
{
    private readonly DiagnosticBag _diags;
    private readonly Dictionary<SyntaxNode, Scope> _scopes = new();
    private Scope _cur = null!;
    private Scope _top = null!;

    private readonly bool _futureAnnotations;

    private SymbolTable(DiagnosticBag diags, bool futureAnnotations) { _diags = diags; _futureAnnotations = futureAnnotations; }

    /// <summary>The scope a def, class, lambda, comprehension or module node opens.</summary>
    public Scope this[SyntaxNode node] => _scopes[node];

    /// <summary>The scope <paramref name="node"/> opens, if it opens one.</summary>
    public bool TryGetScope(SyntaxNode node, out Scope scope) => _scopes.TryGetValue(node, out scope!);

    public Scope Top => _top;

    public static SymbolTable Build(ModuleSyntax module, DiagnosticBag diags, bool futureAnnotations = false)
    {
        var st = new SymbolTable(diags, futureAnnotations);
        st._top = st._cur = new Scope(ScopeType.Module, "top", module, null);
        st._scopes[module] = st._top;
        st.VisitEach(module.Body);
        st.Analyze();
        return st;
    }

    /// <summary>_Py_Mangle: <c>__x</c> inside class <c>C</c> becomes <c>_C__x</c>.</summary>
    public static string Mangle(string? privateName, string name)
    {
        if (privateName == null || name.Length < 3 || !name.StartsWith("__", System.StringComparison.Ordinal)) return name;
        if (name.EndsWith("__", System.StringComparison.Ordinal) || name.IndexOf('.') >= 0) return name;
        string stripped = privateName.TrimStart('_');
        if (stripped.Length == 0) return name;
        return "_" + stripped + name;
    }

    private void Error(string message, SyntaxNode node) => _diags.Error(DiagnosticIds.SyntaxError, message, node);

    private void AddDef(string name, SymbolFlags flag, SyntaxNode where)
    {
        string mangled = Mangle(_cur.Private, name);
        var val = _cur.GetFlags(mangled);
        if ((flag & SymbolFlags.DefParam) != 0 && (val & SymbolFlags.DefParam) != 0)
        {
            Error($"duplicate argument '{name}' in function definition", where);
            return;
        }
        val |= flag;
        _cur.SetFlags(mangled, val);
        if ((flag & SymbolFlags.DefParam) != 0) _cur.VarNames.Add(mangled);
        else if ((flag & SymbolFlags.DefGlobal) != 0)
        {
            // The module's own entry learns of every global declaration (st_global).
            _top.SetFlags(mangled, _top.GetFlags(mangled) | flag);
        }
    }

    /// <summary>A yield makes its function a generator; CPython's errors where it cannot be one.</summary>
    private void MarkGenerator(ExprSyntax node)
    {
        if (_cur.IsComprehension && _cur.Node is ComprehensionExpr comp)
        {
            string kind = comp.Kind switch
            {
                ComprehensionKind.List => "list comprehension",
                ComprehensionKind.Set => "set comprehension",
                ComprehensionKind.Dict => "dict comprehension",
                _ => "generator expression",
            };
            Error($"'yield' inside {kind}", node);
            return;
        }
        if (_cur.Type != ScopeType.Function)
        {
            Error("'yield' outside function", node);
            return;
        }
        _cur.IsGenerator = true;
    }

    private void EnterBlock(ScopeType type, string name, SyntaxNode node)
    {
        var scope = new Scope(type, name, node, _cur) { Private = _cur.Private };
        _cur.Children.Add(scope);
        _scopes[node] = scope;
        _cur = scope;
    }

    private void ExitBlock() => _cur = _cur.Parent!;

    /// <summary>symtable.c's order: the name, defaults, annotations, decorators, then the body's block.</summary>
    public override void VisitFunctionDefStmt(FunctionDefStmt node)
    {
        AddDef(node.Name, SymbolFlags.DefLocal, node);
        Visit(node.Args);
        VisitArgAnnotations(node.Args, node.Returns);
        VisitEach(node.DecoratorList);
        EnterScope(node);
        VisitEach(node.Body);
        ExitScope(node);
    }

    /// <summary>symtable.c's order: the name, bases, keywords, decorators, then the body's block.</summary>
    public override void VisitClassDefStmt(ClassDefStmt node)
    {
        AddDef(node.Name, SymbolFlags.DefLocal, node);
        VisitEach(node.Bases);
        VisitEach(node.Keywords);
        VisitEach(node.DecoratorList);
        EnterScope(node);
        VisitEach(node.Body);
        ExitScope(node);
    }

    /// <summary>symtable_visit_annotations: in the enclosing scope, before the function's own block.</summary>
    private void VisitArgAnnotations(ArgumentsSyntax a, ExprSyntax? returns)
    {
        foreach (var p in a.PosOnlyArgs) VisitAnnotation(p.Annotation);
        foreach (var p in a.Args) VisitAnnotation(p.Annotation);
        VisitAnnotation(a.VarArg?.Annotation);
        foreach (var p in a.KwOnlyArgs) VisitAnnotation(p.Annotation);
        VisitAnnotation(a.KwArg?.Annotation);
        VisitAnnotation(returns);
    }

    /// <summary>Under <c>from __future__ import annotations</c> an annotation is a string: its names are not uses.</summary>
    private void VisitAnnotation(ExprSyntax? annotation)
    {
        if (annotation != null && !_futureAnnotations) Visit(annotation);
    }

    public override void VisitAnnAssignStmt(AnnAssignStmt s)
    {
        if (s.Target is NameExpr name)
        {
            var cur = _cur.GetFlags(Mangle(_cur.Private, name.Id));
            if ((cur & (SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0 && _cur != _top && s.Simple)
            {
                Error($"annotated name '{name.Id}' can't be {((cur & SymbolFlags.DefGlobal) != 0 ? "global" : "nonlocal")}", s);
                return;
            }
            if (s.Simple) AddDef(name.Id, SymbolFlags.DefLocal | SymbolFlags.DefAnnot, name);
            else if (s.Value != null) AddDef(name.Id, SymbolFlags.DefLocal, name);
        }
        else Visit(s.Target);
        VisitAnnotation(s.Annotation);
        Visit(s.Value);
    }

    public override void VisitNamedExpr(NamedExpr ne)
    {
        if (_cur.IsComprehension) ExtendNamedExprScope(ne);
        Visit(ne.Value);
        Visit(ne.Target);
    }

    /// <summary>
    /// symtable_extend_namedexpr_scope: <c>:=</c> inside a comprehension binds in the nearest enclosing
    /// function (as nonlocal) or module (as global); class bodies refuse it.
    /// </summary>
    private void ExtendNamedExprScope(NamedExpr e)
    {
        string name = e.Target.Id;
        for (var ste = _cur; ste != null; ste = ste.Parent)
        {
            if (ste.IsComprehension)
            {
                // A comprehension's only locals are its iteration variables.
                if ((ste.GetFlags(name) & SymbolFlags.DefLocal) != 0)
                {
                    Error($"assignment expression cannot rebind comprehension iteration variable '{name}'", e);
                    return;
                }
                continue;
            }
            if (ste.Type == ScopeType.Function)
            {
                var flag = (ste.GetFlags(name) & SymbolFlags.DefGlobal) != 0 ? SymbolFlags.DefGlobal : SymbolFlags.DefNonlocal;
                AddDef(name, flag, e);
                ste.SetFlags(name, ste.GetFlags(name) | SymbolFlags.DefLocal);
                return;
            }
            if (ste.Type == ScopeType.Module)
            {
                AddDef(name, SymbolFlags.DefGlobal, e);
                ste.SetFlags(name, ste.GetFlags(name) | SymbolFlags.DefGlobal);
                return;
            }
            Error("assignment expression within a comprehension cannot be used in a class body", e);
            return;
        }
    }

    /// <summary>A def, class or lambda body: a new block, its parameters first.</summary>
    protected override void EnterScope(SyntaxNode scopeNode)
    {
        switch (scopeNode)
        {
            case FunctionDefStmt f:
                EnterBlock(ScopeType.Function, f.Name, f);
                _cur.IsCoroutine = f.IsAsync;
                VisitParams(f.Args);
                break;
            case LambdaExpr la:
                EnterBlock(ScopeType.Function, "lambda", la);
                VisitParams(la.Args);
                break;
            case ClassDefStmt c:
                EnterBlock(ScopeType.Class, c.Name, c);
                _cur.Private = c.Name;
                break;
        }
    }

    protected override void ExitScope(SyntaxNode scopeNode) => ExitBlock();

    /// <summary>Only the defaults: they are evaluated in the enclosing block; parameters are bound in <see cref="EnterScope"/>.</summary>
    public override void VisitArgumentsSyntax(ArgumentsSyntax node)
    {
        VisitEach(node.Defaults);
        VisitEach(node.KwDefaults);
    }

    public override void VisitAssignStmt(AssignStmt node)
    {
        // symtable.c's order: targets, then the value.
        VisitEach(node.Targets);
        Visit(node.Value);
    }

    public override void VisitForStmt(ForStmt node)
    {
        Visit(node.Target); Visit(node.Iter); VisitEach(node.Body); VisitEach(node.OrElse);
    }

    public override void VisitTryStmt(TryStmt node)
    {
        VisitEach(node.Body); VisitEach(node.OrElse); VisitEach(node.Handlers); VisitEach(node.FinalBody);
    }

    public override void VisitExceptHandlerSyntax(ExceptHandlerSyntax node)
    {
        Visit(node.Type);
        if (node.Name != null) AddDef(node.Name, SymbolFlags.DefLocal, node);
        VisitEach(node.Body);
    }

    public override void VisitImportStmt(ImportStmt node)
    {
        foreach (var al in node.Names) VisitAlias(al, node);
    }

    public override void VisitImportFromStmt(ImportFromStmt node)
    {
        foreach (var al in node.Names) VisitAlias(al, node);
    }

    public override void VisitGlobalStmt(GlobalStmt node)
    {
        foreach (var name in node.Names) Directive(name, node, global: true);
    }

    public override void VisitNonlocalStmt(NonlocalStmt node)
    {
        foreach (var name in node.Names) Directive(name, node, global: false);
    }

    private void Directive(string name, StmtSyntax s, bool global)
    {
        var cur = _cur.GetFlags(Mangle(_cur.Private, name));
        string kind = global ? "global" : "nonlocal";
        if ((cur & (SymbolFlags.DefParam | SymbolFlags.DefLocal | SymbolFlags.Use)) != 0)
        {
            string msg = (cur & SymbolFlags.DefParam) != 0 ? $"name '{name}' is parameter and {kind}"
                : (cur & SymbolFlags.Use) != 0 ? $"name '{name}' is used prior to {kind} declaration"
                : $"name '{name}' is assigned to before {kind} declaration";
            Error(msg, s);
            return;
        }
        if (!global && _cur.Type == ScopeType.Module)
        {
            Error("nonlocal declaration not allowed at module level", s);
            return;
        }
        AddDef(name, global ? SymbolFlags.DefGlobal : SymbolFlags.DefNonlocal, s);
        _directives[(_cur, Mangle(_cur.Private, name))] = s;
    }

    private readonly Dictionary<(Scope, string), StmtSyntax> _directives = new();

    private void VisitAlias(AliasSyntax alias, StmtSyntax stmt)
    {
        string store = alias.AsName ?? alias.Name;
        int dot = store.IndexOf('.');
        if (dot >= 0) store = store.Substring(0, dot);
        if (store == "*")
        {
            if (_cur.Type != ScopeType.Module) Error("import * only allowed at module level", stmt);
            return;
        }
        AddDef(store, SymbolFlags.DefImport, alias);
    }

    private void VisitParams(ArgumentsSyntax a)
    {
        foreach (var p in a.PosOnlyArgs) AddDef(p.Name, SymbolFlags.DefParam, p);
        foreach (var p in a.Args) AddDef(p.Name, SymbolFlags.DefParam, p);
        foreach (var p in a.KwOnlyArgs) AddDef(p.Name, SymbolFlags.DefParam, p);
        if (a.VarArg != null) { AddDef(a.VarArg.Name, SymbolFlags.DefParam, a.VarArg); _cur.HasVarArgs = true; }
        if (a.KwArg != null) { AddDef(a.KwArg.Name, SymbolFlags.DefParam, a.KwArg); _cur.HasVarKeywords = true; }
    }

    public override void VisitNameExpr(NameExpr n)
    {
        AddDef(n.Id, n.Ctx == ExprContext.Load ? SymbolFlags.Use : SymbolFlags.DefLocal, n);
        // super() needs the __class__ cell.
        if (n.Ctx == ExprContext.Load && _cur.Type == ScopeType.Function && n.Id == "super")
            AddDef("__class__", SymbolFlags.Use, n);
    }

    public override void VisitDictExpr(DictExpr d)
    {
        // symtable.c's order: all keys, then all values.
        VisitEach(d.Keys);
        VisitEach(d.Values);
    }

    /// <summary>A comprehension is a function block whose first iterable is evaluated outside it.</summary>
    public override void VisitComprehensionExpr(ComprehensionExpr comp)
    {
        var outer = comp.Generators[0];
        Visit(outer.Iter);
        string name = comp.Kind switch
        {
            ComprehensionKind.List => "listcomp",
            ComprehensionKind.Set => "setcomp",
            ComprehensionKind.Dict => "dictcomp",
            _ => "genexpr",
        };
        EnterBlock(ScopeType.Function, name, comp);
        // symtable.c: an async clause (or an await, below) makes the comprehension a coroutine.
        if (outer.IsAsync) _cur.IsCoroutine = true;
        _cur.IsComprehension = true;
        AddDef(".0", SymbolFlags.DefParam, comp);
        Visit(outer.Target);
        VisitEach(outer.Ifs);
        for (int i = 1; i < comp.Generators.Count; i++)
        {
            var g = comp.Generators[i];
            if (g.IsAsync) _cur.IsCoroutine = true;
            Visit(g.Target);
            Visit(g.Iter);
            VisitEach(g.Ifs);
        }
        Visit(comp.Value);
        Visit(comp.Elt);
        if (comp.Kind == ComprehensionKind.Generator) _cur.IsGenerator = true;
        ExitBlock();
    }

    public override void VisitYieldExpr(YieldExpr node)
    {
        Visit(node.Value);
        MarkGenerator(node);
    }

    public override void VisitYieldFromExpr(YieldFromExpr node)
    {
        Visit(node.Value);
        if (_cur.IsCoroutine && !_cur.IsComprehension) Error("'yield from' inside async function", node);
        else MarkGenerator(node);
    }

    public override void VisitAwaitExpr(AwaitExpr node)
    {
        Visit(node.Value);
        if (_cur.IsComprehension) _cur.IsCoroutine = true;
        else if (_cur.Type != ScopeType.Function) Error("'await' outside function", node);
        else if (!_cur.IsCoroutine) Error("'await' outside async function", node);
    }

    // ---------------------------------------------------------------- analysis (analyze_block & co.)

    private void Analyze()
    {
        var free = new HashSet<string>();
        var global = new HashSet<string>();
        AnalyzeBlock(_top, null, free, global);
    }

    private void AnalyzeBlock(Scope ste, HashSet<string>? bound, HashSet<string> free, HashSet<string> global)
    {
        // Recursion per nested scope, bounded by NestingLimit; a full stack is a diagnostic, not a crash.
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var local = new HashSet<string>();
        var newGlobal = new HashSet<string>();
        var newFree = new HashSet<string>();
        var newBound = new HashSet<string>();
        if (ste.Type == ScopeType.Class)
        {
            newGlobal.UnionWith(global);
            if (bound != null) newBound.UnionWith(bound);
        }
        foreach (var name in ste.SymbolOrder)
            AnalyzeName(ste, name, ste.Symbols[name], bound, local, free, global);
        if (ste.Type != ScopeType.Class)
        {
            if (ste.Type == ScopeType.Function) newBound.UnionWith(local);
            if (bound != null) newBound.UnionWith(bound);
            newGlobal.UnionWith(global);
        }
        else newBound.Add("__class__");

        var allFree = new HashSet<string>();
        foreach (var child in ste.Children)
        {
            var tempBound = new HashSet<string>(newBound);
            var tempFree = new HashSet<string>(newFree);
            var tempGlobal = new HashSet<string>(newGlobal);
            AnalyzeBlock(child, tempBound, tempFree, tempGlobal);
            allFree.UnionWith(tempFree);
            if (child.HasFree || child.ChildFree) ste.ChildFree = true;
        }
        newFree.UnionWith(allFree);
        if (ste.Type == ScopeType.Function)
        {
            // analyze_cells: locals that children use freely become cells.
            foreach (var name in ste.SymbolOrder)
            {
                if (ste.GetScope(name) != SymbolScope.Local || !newFree.Contains(name)) continue;
                ste.Scopes[name] = SymbolScope.Cell;
                newFree.Remove(name);
            }
        }
        else if (ste.Type == ScopeType.Class && newFree.Remove("__class__"))
            ste.NeedsClassClosure = true;

        // update_symbols: free names of children pass through this block.
        foreach (var name in SortedForDeterminism(newFree))
        {
            if (ste.Symbols.TryGetValue(name, out var flags))
            {
                if (ste.Type == ScopeType.Class && (flags & (SymbolFlags.DefBound | SymbolFlags.DefGlobal)) != 0)
                    ste.Symbols[name] = flags | SymbolFlags.DefFreeClass;
                continue;
            }
            if (bound != null && !bound.Contains(name)) continue;
            ste.SetFlags(name, SymbolFlags.DefFree);
            ste.Scopes[name] = SymbolScope.Free;
        }
        free.UnionWith(newFree);
    }

    private static List<string> SortedForDeterminism(HashSet<string> set)
    {
        var list = new List<string>(set);
        list.Sort(System.StringComparer.Ordinal);
        return list;
    }

    private void AnalyzeName(Scope ste, string name, SymbolFlags flags, HashSet<string>? bound, HashSet<string> local, HashSet<string> free, HashSet<string> global)
    {
        if ((flags & SymbolFlags.DefGlobal) != 0)
        {
            if ((flags & SymbolFlags.DefNonlocal) != 0)
            {
                DirectiveError(ste, name, $"name '{name}' is nonlocal and global");
                return;
            }
            ste.Scopes[name] = SymbolScope.GlobalExplicit;
            global.Add(name);
            bound?.Remove(name);
            return;
        }
        if ((flags & SymbolFlags.DefNonlocal) != 0)
        {
            if (bound == null)
            {
                DirectiveError(ste, name, "nonlocal declaration not allowed at module level");
                return;
            }
            if (!bound.Contains(name))
            {
                DirectiveError(ste, name, $"no binding for nonlocal '{name}' found");
                return;
            }
            ste.Scopes[name] = SymbolScope.Free;
            ste.HasFree = true;
            free.Add(name);
            return;
        }
        if ((flags & SymbolFlags.DefBound) != 0)
        {
            ste.Scopes[name] = SymbolScope.Local;
            local.Add(name);
            global.Remove(name);
            return;
        }
        if (bound != null && bound.Contains(name))
        {
            ste.Scopes[name] = SymbolScope.Free;
            ste.HasFree = true;
            free.Add(name);
            return;
        }
        if (global.Contains(name))
        {
            ste.Scopes[name] = SymbolScope.GlobalImplicit;
            return;
        }
        if (ste.Nested) ste.HasFree = true;
        ste.Scopes[name] = SymbolScope.GlobalImplicit;
    }

    private void DirectiveError(Scope ste, string name, string message)
    {
        if (_directives.TryGetValue((ste, name), out var stmt)) Error(message, stmt);
        else Error(message, ste.Node);
    }
}
