using System.Collections.Generic;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Analyzers.Snippets;

/// <summary>One call from a scope's code to functions of the snippet.</summary>
/// <param name="Call">The call expression.</param>
/// <param name="Callees">The defs (or lambdas) it may run.</param>
/// <param name="InLoop">True when the call is in a loop of the caller.</param>
/// <param name="Caller">The scope whose code makes the call.</param>
internal readonly record struct CallSite(CallExpr Call, IReadOnlyList<PythonScope> Callees, bool InLoop, PythonScope Caller);

/// <summary>
/// Who calls whom inside a snippet. Calls are resolved by name: <c>f()</c> through the scopes,
/// <c>C()</c> to <c>C.__init__</c>, <c>obj.m()</c> to every method <c>m</c> of the snippet's
/// classes (objects are not tracked; a method name is evidence enough), <c>cls()</c> in a
/// classmethod to its class's <c>__init__</c>.
/// </summary>
internal sealed class CallGraph
{
    private readonly SnippetScopes _scopes;
    private readonly Dictionary<PythonScope, List<CallSite>> _calls = new();
    private readonly Dictionary<PythonScope, List<CallSite>> _callers = new();

    private CallGraph(SnippetScopes scopes) => _scopes = scopes;

    /// <summary>Builds the graph from every call in <paramref name="nodes"/>.</summary>
    public static CallGraph Build(SnippetScopes scopes, IEnumerable<ScopedNode> nodes)
    {
        var graph = new CallGraph(scopes);
        foreach (var n in nodes)
        {
            if (n.Node is not CallExpr call) continue;
            var callees = graph.Functions(call.Func, n.Scope);
            if (callees.Count == 0) continue;
            var site = new CallSite(call, callees, n.InLoop, n.Scope);
            Add(graph._calls, n.Scope, site);
            foreach (var callee in callees) Add(graph._callers, callee, site);
        }
        return graph;
    }

    /// <summary>The calls written in <paramref name="scope"/>'s own code.</summary>
    public IReadOnlyList<CallSite> CallsFrom(PythonScope scope)
        => _calls.TryGetValue(scope, out var list) ? list : (IReadOnlyList<CallSite>)System.Array.Empty<CallSite>();

    /// <summary>The calls that may run <paramref name="scope"/>.</summary>
    public IReadOnlyList<CallSite> CallsTo(PythonScope scope)
        => _callers.TryGetValue(scope, out var list) ? list : (IReadOnlyList<CallSite>)System.Array.Empty<CallSite>();

    /// <summary><paramref name="start"/> and every function it calls, transitively.</summary>
    public HashSet<PythonScope> Reachable(PythonScope start)
    {
        var seen = new HashSet<PythonScope> { start };
        var pending = new Stack<PythonScope>();
        pending.Push(start);
        while (pending.Count > 0)
        {
            foreach (var site in CallsFrom(pending.Pop()))
                foreach (var callee in site.Callees)
                    if (seen.Add(callee)) pending.Push(callee);
        }
        return seen;
    }

    /// <summary>
    /// The functions of the snippet an expression in callable position stands for: a def's name,
    /// a method (<c>self.work</c>, <c>counter.increment</c>), a class (its <c>__init__</c>), a
    /// lambda, or <c>functools.partial(f, ...)</c>.
    /// </summary>
    public IReadOnlyList<PythonScope> Functions(ExprSyntax expression, PythonScope from)
    {
        var found = new List<PythonScope>();
        switch (expression)
        {
            case NameExpr name:
                var owner = _scopes.Resolve(name.Id, from);
                if (owner.Functions.TryGetValue(name.Id, out var defs)) found.AddRange(defs);
                if (owner.Classes.TryGetValue(name.Id, out var classes))
                    foreach (var c in classes) found.AddRange(_scopes.MethodOf(c, "__init__"));
                // cls(...) in a classmethod constructs the class (or a subclass): its __init__.
                if (owner == from && IsClassmethodCls(name.Id, from, out var ofClassmethod))
                    found.AddRange(_scopes.MethodOf(ofClassmethod, "__init__"));
                break;
            case AttributeExpr attribute:
                var ofClass = _scopes.ClassesNamed(attribute.Value, from);
                if (ofClass.Count > 0)
                {
                    foreach (var c in ofClass) found.AddRange(_scopes.MethodOf(c, attribute.Attr));
                }
                else if (_scopes.QualifiedName(attribute, from) is null)
                {
                    found.AddRange(_scopes.MethodsNamed(attribute.Attr));
                }
                break;
            case LambdaExpr lambda:
                found.Add(_scopes.ScopeOf(lambda));
                break;
            case CallExpr wrapper when wrapper.Args.Count > 0 && _scopes.QualifiedName(wrapper.Func, from) == "functools.partial":
                found.AddRange(Functions(wrapper.Args[0], from));
                break;
        }
        return found;
    }

    private bool IsClassmethodCls(string name, PythonScope scope, out PythonScope classScope)
    {
        classScope = scope.EnclosingClass!;
        return classScope is not null && scope.Node is FunctionDefStmt def && scope.Parameters.Count > 0 && scope.Parameters[0] == name
               && def.DecoratorList.Exists(d => d is NameExpr { Id: "classmethod" })
               && scope.Bindings.TryGetValue(name, out var bindings) && bindings.Count == 1;
    }

    private static void Add(Dictionary<PythonScope, List<CallSite>> map, PythonScope key, CallSite site)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = new List<CallSite>();
        list.Add(site);
    }
}
