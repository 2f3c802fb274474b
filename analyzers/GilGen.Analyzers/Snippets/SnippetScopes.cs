using System.Collections.Generic;
using GilGen.Compiler.Binding;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Analyzers.Snippets;

/// <summary>
/// Every scope of a snippet: the compiler's symbol table (<see cref="NameResolution"/>, CPython's
/// rules) decides what the scopes are and where a name is bound; this adds what the analysis follows
/// in each (<see cref="PythonScope"/>) and indexes what the rest of the analysis looks up by name:
/// methods, and the values assigned to attributes.
/// </summary>
internal sealed class SnippetScopes
{
    private readonly Dictionary<SyntaxNode, PythonScope> _byNode = new();
    private readonly Dictionary<string, List<PythonScope>> _methodsByName = new();
    private readonly Dictionary<string, List<(ExprSyntax Value, PythonScope Scope)>> _attributeValues = new();
    private readonly List<PythonScope> _all = new();
    private readonly NameResolution _names;

    private SnippetScopes(NameResolution names)
    {
        _names = names;
        foreach (var scope in names.Scopes)
        {
            // A comprehension's contents belong to the scope around it, here.
            if (scope.Kind == NameScopeKind.Comprehension) continue;
            var parent = scope.Parent;
            while (parent is { Kind: NameScopeKind.Comprehension }) parent = parent.Parent;
            var view = new PythonScope(scope, parent is null ? null : _byNode[parent.Node]);
            _byNode[scope.Node] = view;
            _all.Add(view);
        }
        Module = _all[0];
    }

    /// <summary>The module scope.</summary>
    public PythonScope Module { get; }

    /// <summary>Every scope, the module first, then in source order.</summary>
    public IReadOnlyList<PythonScope> All => _all;

    /// <summary>Builds the scopes of <paramref name="module"/>, parsed from <paramref name="source"/>.</summary>
    public static SnippetScopes Build(ModuleSyntax module, string source)
    {
        var scopes = new SnippetScopes(NameResolution.Build(module, source));
        new Declarations(scopes).Visit(module);
        return scopes;
    }

    /// <summary>The scope a def, class or lambda node opens.</summary>
    public PythonScope ScopeOf(SyntaxNode scopeNode) => _byNode[scopeNode];

    /// <summary>Every method (a def written in a class body) called <paramref name="name"/>, in any class of the snippet.</summary>
    public IReadOnlyList<PythonScope> MethodsNamed(string name)
        => _methodsByName.TryGetValue(name, out var list) ? list : (IReadOnlyList<PythonScope>)System.Array.Empty<PythonScope>();

    /// <summary>
    /// The values assigned to an attribute called <paramref name="name"/> anywhere in the snippet
    /// (<c>obj.name = v</c>, <c>self.name = v</c>, or <c>name = v</c> in a class body), with the
    /// scope each value is evaluated in. Objects are not told apart: an attribute is its name.
    /// </summary>
    public IReadOnlyList<(ExprSyntax Value, PythonScope Scope)> AttributeValues(string name)
        => _attributeValues.TryGetValue(name, out var list) ? list : (IReadOnlyList<(ExprSyntax, PythonScope)>)System.Array.Empty<(ExprSyntax, PythonScope)>();

    /// <summary>
    /// The scope where <paramref name="name"/>, used in <paramref name="from"/>, is bound: the
    /// module for globals and builtins, an enclosing function for a free or <c>nonlocal</c> name.
    /// </summary>
    public PythonScope Resolve(string name, PythonScope from)
        // A name bound by a comprehension (used in a lambda inside it) has no scope here: it is private
        // to the call, like a local.
        => _byNode.TryGetValue(_names.BindingScope(name, from.Node), out var scope) ? scope : from;

    /// <summary>
    /// The dotted name an expression stands for through imports: <c>threading.Lock</c> for
    /// <c>threading.Lock</c>, <c>th.Lock</c> after <c>import threading as th</c>, or <c>Lock</c>
    /// after <c>from threading import Lock</c>; null when it is not made of imported names.
    /// </summary>
    public string? QualifiedName(ExprSyntax expression, PythonScope from)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (expression)
        {
            case NameExpr name:
                var scope = Resolve(name.Id, from);
                return scope.Imports.TryGetValue(name.Id, out var dotted) ? dotted : null;
            case AttributeExpr attribute:
                var left = QualifiedName(attribute.Value, from);
                return left is null ? null : left + "." + attribute.Attr;
            default:
                return null;
        }
    }

    /// <summary>The snippet classes a name used in <paramref name="from"/> refers to (none when it is not a class of the snippet).</summary>
    public IReadOnlyList<PythonScope> ClassesNamed(ExprSyntax expression, PythonScope from)
    {
        if (expression is not NameExpr name) return System.Array.Empty<PythonScope>();
        var scope = Resolve(name.Id, from);
        return scope.Classes.TryGetValue(name.Id, out var list) ? list : (IReadOnlyList<PythonScope>)System.Array.Empty<PythonScope>();
    }

    /// <summary>The method <paramref name="name"/> of a class, looked up through its snippet base classes.</summary>
    public IEnumerable<PythonScope> MethodOf(PythonScope classScope, string name)
    {
        var seen = new HashSet<PythonScope>();
        var pending = new Stack<PythonScope>();
        pending.Push(classScope);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!seen.Add(current)) continue;
            if (current.Functions.TryGetValue(name, out var methods))
            {
                foreach (var m in methods) yield return m;
                continue;
            }
            if (current.Node is ClassDefStmt classDef && current.Parent is PythonScope outer)
            {
                foreach (var b in classDef.Bases)
                    foreach (var baseClass in ClassesNamed(b, outer)) pending.Push(baseClass);
            }
        }
    }

    /// <summary>Records what each statement binds, in the scope it runs in.</summary>
    private sealed class Declarations : SyntaxWalker
    {
        private readonly SnippetScopes _scopes;
        private readonly Stack<PythonScope> _enclosing = new();
        private PythonScope _scope;

        public Declarations(SnippetScopes scopes)
        {
            _scopes = scopes;
            _scope = scopes.Module;
        }

        protected override void EnterScope(SyntaxNode scopeNode)
        {
            _enclosing.Push(_scope);
            _scope = _scopes.ScopeOf(scopeNode);
        }

        protected override void ExitScope(SyntaxNode scopeNode) => _scope = _enclosing.Pop();

        public override void VisitFunctionDefStmt(FunctionDefStmt def)
        {
            _scope.Bind(def.Name, new NameBinding(BindingKind.Other, null));
            var inner = _scopes.ScopeOf(def);
            AddTo(_scope.Functions, def.Name, inner);
            if (_scope.Kind == NameScopeKind.Class) AddTo(_scopes._methodsByName, def.Name, inner);
            base.VisitFunctionDefStmt(def);
        }

        public override void VisitClassDefStmt(ClassDefStmt classDef)
        {
            _scope.Bind(classDef.Name, new NameBinding(BindingKind.Other, null));
            AddTo(_scope.Classes, classDef.Name, _scopes.ScopeOf(classDef));
            base.VisitClassDefStmt(classDef);
        }

        public override void VisitAssignStmt(AssignStmt assign)
        {
            foreach (var target in assign.Targets) BindTarget(target, assign.Targets.Count == 1 ? assign.Value : null);
            base.VisitAssignStmt(assign);
        }

        public override void VisitAugAssignStmt(AugAssignStmt aug)
        {
            BindTarget(aug.Target, null);
            base.VisitAugAssignStmt(aug);
        }

        public override void VisitDeleteStmt(DeleteStmt delete)
        {
            foreach (var target in delete.Targets) BindTarget(target, null);
            base.VisitDeleteStmt(delete);
        }

        public override void VisitForStmt(ForStmt loop)
        {
            BindTarget(loop.Target, null);
            base.VisitForStmt(loop);
        }

        public override void VisitWithItemSyntax(WithItemSyntax item)
        {
            // "with X() as x": for the objects this analysis follows (executors) __enter__ returns the object itself.
            if (item.OptionalVars is not null) BindTarget(item.OptionalVars, item.ContextExpr);
            base.VisitWithItemSyntax(item);
        }

        public override void VisitExceptHandlerSyntax(ExceptHandlerSyntax handler)
        {
            if (handler.Name is not null) _scope.Bind(handler.Name, new NameBinding(BindingKind.Other, null));
            base.VisitExceptHandlerSyntax(handler);
        }

        public override void VisitImportStmt(ImportStmt import)
        {
            foreach (var alias in import.Names)
            {
                // "import a.b" binds a (to the package a); "import a.b as c" binds c to a.b.
                var bound = alias.AsName ?? alias.Name.Split('.')[0];
                _scope.Imports[bound] = alias.AsName is null ? bound : alias.Name;
                _scope.Bind(bound, new NameBinding(BindingKind.Other, null));
            }
        }

        public override void VisitImportFromStmt(ImportFromStmt from)
        {
            foreach (var alias in from.Names)
            {
                if (alias.Name == "*") continue;
                var bound = alias.AsName ?? alias.Name;
                if (from.Module is not null && from.Level == 0) _scope.Imports[bound] = from.Module + "." + alias.Name;
                _scope.Bind(bound, new NameBinding(BindingKind.Other, null));
            }
        }

        private void BindTarget(ExprSyntax target, ExprSyntax? value)
        {
            switch (target)
            {
                case NameExpr name:
                    _scope.Bind(name.Id, value is null ? new NameBinding(BindingKind.Other, null) : new NameBinding(BindingKind.Value, value));
                    // A name assigned in a class body is also an attribute of the class (and of its instances).
                    if (_scope.Kind == NameScopeKind.Class && value is not null) AddTo(_scopes._attributeValues, name.Id, (value, _scope));
                    break;
                case AttributeExpr attribute:
                    if (value is not null) AddTo(_scopes._attributeValues, attribute.Attr, (value, _scope));
                    break;
                case TupleExpr tuple:
                    foreach (var e in tuple.Elts) BindTarget(e, null);
                    break;
                case ListExpr list:
                    foreach (var e in list.Elts) BindTarget(e, null);
                    break;
                case StarredExpr starred:
                    BindTarget(starred.Value, null);
                    break;
            }
        }
    }

    private static void AddTo<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = new List<T>();
        list.Add(value);
    }
}
