using System.Collections.Generic;
using GilGen.Compiler.Binding;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Analyzers.Snippets;

/// <summary>
/// Every scope of a snippet, with name resolution from GilGen's compiler (<see cref="NameResolution"/>,
/// CPython's symbol-table rules). Also indexes what the rest of the analysis looks up by name:
/// methods, and the values assigned to attributes.
/// </summary>
internal sealed class SnippetScopes
{
    private readonly Dictionary<SyntaxNode, PythonScope> _byNode = new();
    private readonly Dictionary<string, List<PythonScope>> _methodsByName = new();
    private readonly Dictionary<string, List<(ExprSyntax Value, PythonScope Scope)>> _attributeValues = new();
    private readonly List<PythonScope> _all = new();
    private readonly NameResolution _names;

    private SnippetScopes(ModuleSyntax module, NameResolution names)
    {
        _names = names;
        Module = new PythonScope(PythonScopeKind.Module, module, null, "<module>");
        Register(Module);
    }

    /// <summary>The module scope.</summary>
    public PythonScope Module { get; }

    /// <summary>Every scope, the module first, then in source order.</summary>
    public IReadOnlyList<PythonScope> All => _all;

    /// <summary>Builds the scopes of <paramref name="module"/>, parsed from <paramref name="source"/>.</summary>
    public static SnippetScopes Build(ModuleSyntax module, string source)
    {
        var scopes = new SnippetScopes(module, NameResolution.Build(module, source));
        foreach (var statement in module.Body) scopes.Declare(statement, scopes.Module);
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

    private void Register(PythonScope scope)
    {
        _byNode[scope.Node] = scope;
        _all.Add(scope);
    }

    private PythonScope Open(PythonScopeKind kind, SyntaxNode node, PythonScope parent, string name)
    {
        var scope = new PythonScope(kind, node, parent, name);
        Register(scope);
        return scope;
    }

    // Records what a statement binds in scope and opens the scopes it contains.
    private void Declare(StmtSyntax statement, PythonScope scope)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (statement)
        {
            case FunctionDefStmt def:
            {
                scope.Bind(def.Name, new NameBinding(BindingKind.Other, null));
                foreach (var d in PythonSyntax.OuterChildren(def)) DeclareExpression(d, scope);
                var inner = Open(PythonScopeKind.Function, def, scope, def.Name);
                AddTo(scope.Functions, def.Name, inner);
                if (scope.Kind == PythonScopeKind.Class) AddTo(_methodsByName, def.Name, inner);
                foreach (var p in PythonSyntax.ParameterNames(def.Args))
                {
                    inner.Parameters.Add(p);
                    inner.Bind(p, new NameBinding(BindingKind.Parameter, null));
                }
                foreach (var s in def.Body) Declare(s, inner);
                return;
            }
            case ClassDefStmt classDef:
            {
                scope.Bind(classDef.Name, new NameBinding(BindingKind.Other, null));
                foreach (var d in PythonSyntax.OuterChildren(classDef)) DeclareExpression(d, scope);
                var inner = Open(PythonScopeKind.Class, classDef, scope, classDef.Name);
                AddTo(scope.Classes, classDef.Name, inner);
                foreach (var s in classDef.Body) Declare(s, inner);
                return;
            }
            case AssignStmt assign:
                foreach (var target in assign.Targets) BindTarget(target, assign.Targets.Count == 1 ? assign.Value : null, scope);
                break;
            case AugAssignStmt aug:
                BindTarget(aug.Target, null, scope);
                break;
            case DeleteStmt delete:
                foreach (var target in delete.Targets) BindTarget(target, null, scope);
                break;
            case ForStmt loop:
                BindTarget(loop.Target, null, scope);
                break;
            case WithStmt with:
                // "with X() as x": for the objects this analysis follows (executors) __enter__ returns the object itself.
                foreach (var item in with.Items)
                    if (item.OptionalVars is not null) BindTarget(item.OptionalVars, item.ContextExpr, scope);
                break;
            case TryStmt tryStmt:
                foreach (var handler in tryStmt.Handlers)
                    if (handler.Name is not null) scope.Bind(handler.Name, new NameBinding(BindingKind.Other, null));
                break;
            case ImportStmt import:
                foreach (var alias in import.Names)
                {
                    // "import a.b" binds a (to the package a); "import a.b as c" binds c to a.b.
                    var bound = alias.AsName ?? alias.Name.Split('.')[0];
                    scope.Imports[bound] = alias.AsName is null ? bound : alias.Name;
                    scope.Bind(bound, new NameBinding(BindingKind.Other, null));
                }
                break;
            case ImportFromStmt from:
                foreach (var alias in from.Names)
                {
                    if (alias.Name == "*") continue;
                    var bound = alias.AsName ?? alias.Name;
                    if (from.Module is not null && from.Level == 0) scope.Imports[bound] = from.Module + "." + alias.Name;
                    scope.Bind(bound, new NameBinding(BindingKind.Other, null));
                }
                break;
        }

        foreach (var child in PythonSyntax.Children(statement))
        {
            if (child is StmtSyntax s) Declare(s, scope);
            else DeclareExpression(child, scope);
        }
    }

    // Expressions bind nothing this analysis needs, but lambdas open scopes and handlers hold statements.
    private void DeclareExpression(SyntaxNode node, PythonScope scope)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (node is LambdaExpr lambda)
        {
            foreach (var d in PythonSyntax.OuterChildren(lambda)) DeclareExpression(d, scope);
            var inner = Open(PythonScopeKind.Lambda, lambda, scope, "<lambda>");
            foreach (var p in PythonSyntax.ParameterNames(lambda.Args))
            {
                inner.Parameters.Add(p);
                inner.Bind(p, new NameBinding(BindingKind.Parameter, null));
            }
            DeclareExpression(lambda.Body, inner);
            return;
        }
        foreach (var child in PythonSyntax.Children(node))
        {
            if (child is StmtSyntax s) Declare(s, scope);
            else DeclareExpression(child, scope);
        }
    }

    private void BindTarget(ExprSyntax target, ExprSyntax? value, PythonScope scope)
    {
        switch (target)
        {
            case NameExpr name:
                scope.Bind(name.Id, value is null ? new NameBinding(BindingKind.Other, null) : new NameBinding(BindingKind.Value, value));
                // A name assigned in a class body is also an attribute of the class (and of its instances).
                if (scope.Kind == PythonScopeKind.Class && value is not null) AddTo(_attributeValues, name.Id, (value, scope));
                break;
            case AttributeExpr attribute:
                if (value is not null) AddTo(_attributeValues, attribute.Attr, (value, scope));
                break;
            case TupleExpr tuple:
                foreach (var e in tuple.Elts) BindTarget(e, null, scope);
                break;
            case ListExpr list:
                foreach (var e in list.Elts) BindTarget(e, null, scope);
                break;
            case StarredExpr starred:
                BindTarget(starred.Value, null, scope);
                break;
        }
    }

    private static void AddTo<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = new List<T>();
        list.Add(value);
    }
}
