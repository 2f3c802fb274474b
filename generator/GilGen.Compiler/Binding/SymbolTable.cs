using System.Collections.Generic;
using GilGen.Compiler.Diagnostics;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Compiler.Binding;

/// <summary>
/// CPython 3.9's symtable.c: one pass collects each block's names and flags, a second pass
/// (<see cref="Analyze"/>) decides for each name whether it is local, global (explicit or implicit),
/// free or cell.
/// </summary>
internal sealed class SymbolTable
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
        foreach (var s in module.Body) st.VisitStmt(s);
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

    private void EnterBlock(ScopeType type, string name, SyntaxNode node)
    {
        var scope = new Scope(type, name, node, _cur) { Private = _cur.Private };
        _cur.Children.Add(scope);
        _scopes[node] = scope;
        _cur = scope;
    }

    private void ExitBlock() => _cur = _cur.Parent!;

    private void VisitBody(List<StmtSyntax> body) { foreach (var s in body) VisitStmt(s); }

    private void VisitStmt(StmtSyntax s)
    {
        switch (s)
        {
            case FunctionDefStmt f:
                AddDef(f.Name, SymbolFlags.DefLocal, f);
                VisitDefaults(f.Args);
                VisitArgAnnotations(f.Args, f.Returns);
                foreach (var d in f.DecoratorList) VisitExpr(d);
                EnterBlock(ScopeType.Function, f.Name, f);
                VisitParams(f.Args);
                VisitBody(f.Body);
                ExitBlock();
                break;
            case ClassDefStmt c:
                AddDef(c.Name, SymbolFlags.DefLocal, c);
                foreach (var b in c.Bases) VisitExpr(b);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                foreach (var d in c.DecoratorList) VisitExpr(d);
                EnterBlock(ScopeType.Class, c.Name, c);
                _cur.Private = c.Name;
                VisitBody(c.Body);
                ExitBlock();
                break;
            case ReturnStmt r:
                if (r.Value != null) VisitExpr(r.Value);
                break;
            case DeleteStmt d:
                foreach (var t in d.Targets) VisitExpr(t);
                break;
            case AssignStmt a:
                foreach (var t in a.Targets) VisitExpr(t);
                VisitExpr(a.Value);
                break;
            case AnnAssignStmt an:
                VisitAnnAssign(an);
                break;
            case AugAssignStmt aa:
                VisitExpr(aa.Target);
                VisitExpr(aa.Value);
                break;
            case ForStmt fo:
                VisitExpr(fo.Target); VisitExpr(fo.Iter); VisitBody(fo.Body); VisitBody(fo.OrElse);
                break;
            case WhileStmt w:
                VisitExpr(w.Test); VisitBody(w.Body); VisitBody(w.OrElse);
                break;
            case IfStmt i:
                VisitExpr(i.Test); VisitBody(i.Body); VisitBody(i.OrElse);
                break;
            case RaiseStmt ra:
                if (ra.Exc != null) VisitExpr(ra.Exc);
                if (ra.Cause != null) VisitExpr(ra.Cause);
                break;
            case TryStmt tr:
                VisitBody(tr.Body);
                VisitBody(tr.OrElse);
                foreach (var h in tr.Handlers)
                {
                    if (h.Type != null) VisitExpr(h.Type);
                    if (h.Name != null) AddDef(h.Name, SymbolFlags.DefLocal, h);
                    VisitBody(h.Body);
                }
                VisitBody(tr.FinalBody);
                break;
            case AssertStmt asr:
                VisitExpr(asr.Test);
                if (asr.Msg != null) VisitExpr(asr.Msg);
                break;
            case ImportStmt im:
                foreach (var al in im.Names) VisitAlias(al, s);
                break;
            case ImportFromStmt imf:
                foreach (var al in imf.Names) VisitAlias(al, s);
                break;
            case GlobalStmt g:
                foreach (var name in g.Names) Directive(name, s, global: true);
                break;
            case NonlocalStmt n:
                foreach (var name in n.Names) Directive(name, s, global: false);
                break;
            case ExprStmt e:
                VisitExpr(e.Value);
                break;
            case WithStmt wi:
                foreach (var item in wi.Items)
                {
                    VisitExpr(item.ContextExpr);
                    if (item.OptionalVars != null) VisitExpr(item.OptionalVars);
                }
                VisitBody(wi.Body);
                break;
        }
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
        if (annotation != null && !_futureAnnotations) VisitExpr(annotation);
    }

    private void VisitAnnAssign(AnnAssignStmt s)
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
        else VisitExpr(s.Target);
        VisitAnnotation(s.Annotation);
        if (s.Value != null) VisitExpr(s.Value);
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

    private void VisitDefaults(ArgumentsSyntax a)
    {
        foreach (var d in a.Defaults) VisitExpr(d);
        foreach (var d in a.KwDefaults) if (d != null) VisitExpr(d);
    }

    private void VisitParams(ArgumentsSyntax a)
    {
        foreach (var p in a.PosOnlyArgs) AddDef(p.Name, SymbolFlags.DefParam, p);
        foreach (var p in a.Args) AddDef(p.Name, SymbolFlags.DefParam, p);
        foreach (var p in a.KwOnlyArgs) AddDef(p.Name, SymbolFlags.DefParam, p);
        if (a.VarArg != null) { AddDef(a.VarArg.Name, SymbolFlags.DefParam, a.VarArg); _cur.HasVarArgs = true; }
        if (a.KwArg != null) { AddDef(a.KwArg.Name, SymbolFlags.DefParam, a.KwArg); _cur.HasVarKeywords = true; }
    }

    private void VisitExpr(ExprSyntax? e)
    {
        switch (e)
        {
            case null: return;
            case NameExpr n:
                AddDef(n.Id, n.Ctx == ExprContext.Load ? SymbolFlags.Use : SymbolFlags.DefLocal, n);
                // super() needs the __class__ cell.
                if (n.Ctx == ExprContext.Load && _cur.Type == ScopeType.Function && n.Id == "super")
                    AddDef("__class__", SymbolFlags.Use, n);
                return;
            case AttributeExpr a: VisitExpr(a.Value); return;
            case SubscriptExpr s: VisitExpr(s.Value); VisitExpr(s.Slice); return;
            case SliceExpr sl: VisitExpr(sl.Lower); VisitExpr(sl.Upper); VisitExpr(sl.Step); return;
            case StarredExpr st: VisitExpr(st.Value); return;
            case TupleExpr t: foreach (var x in t.Elts) VisitExpr(x); return;
            case ListExpr l: foreach (var x in l.Elts) VisitExpr(x); return;
            case SetExpr se: foreach (var x in se.Elts) VisitExpr(x); return;
            case DictExpr d:
                for (int i = 0; i < d.Values.Count; i++) { VisitExpr(d.Keys[i]); VisitExpr(d.Values[i]); }
                return;
            case BinOpExpr b: VisitExpr(b.Left); VisitExpr(b.Right); return;
            case UnaryOpExpr u: VisitExpr(u.Operand); return;
            case BoolOpExpr bo: foreach (var x in bo.Values) VisitExpr(x); return;
            case CompareExpr c: VisitExpr(c.Left); foreach (var x in c.Comparators) VisitExpr(x); return;
            case CallExpr call:
                VisitExpr(call.Func);
                foreach (var x in call.Args) VisitExpr(x);
                foreach (var k in call.Keywords) VisitExpr(k.Value);
                return;
            case IfExpExpr ie: VisitExpr(ie.Test); VisitExpr(ie.Body); VisitExpr(ie.OrElse); return;
            case LambdaExpr la:
                VisitDefaults(la.Args);
                EnterBlock(ScopeType.Function, "lambda", la);
                VisitParams(la.Args);
                VisitExpr(la.Body);
                ExitBlock();
                return;
            case ComprehensionExpr comp:
            {
                var outer = comp.Generators[0];
                VisitExpr(outer.Iter);
                string name = comp.Kind switch
                {
                    ComprehensionKind.List => "listcomp",
                    ComprehensionKind.Set => "setcomp",
                    ComprehensionKind.Dict => "dictcomp",
                    _ => "genexpr",
                };
                EnterBlock(ScopeType.Function, name, comp);
                _cur.IsComprehension = true;
                AddDef(".0", SymbolFlags.DefParam, comp);
                VisitExpr(outer.Target);
                foreach (var x in outer.Ifs) VisitExpr(x);
                for (int i = 1; i < comp.Generators.Count; i++)
                {
                    var g = comp.Generators[i];
                    VisitExpr(g.Target);
                    VisitExpr(g.Iter);
                    foreach (var x in g.Ifs) VisitExpr(x);
                }
                if (comp.Value != null) VisitExpr(comp.Value);
                VisitExpr(comp.Elt);
                if (comp.Kind == ComprehensionKind.Generator) _cur.IsGenerator = true;
                ExitBlock();
                return;
            }
            case NamedExpr ne:
                if (_cur.IsComprehension) ExtendNamedExprScope(ne);
                VisitExpr(ne.Value);
                VisitExpr(ne.Target);
                return;
            case JoinedStrExpr j: foreach (var x in j.Values) VisitExpr(x); return;
            case FormattedValueExpr fv: VisitExpr(fv.Value); VisitExpr(fv.FormatSpec); return;
        }
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
