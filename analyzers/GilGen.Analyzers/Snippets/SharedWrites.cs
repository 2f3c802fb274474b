using System.Collections.Generic;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Analyzers.Snippets;

/// <summary>One store to shared state.</summary>
/// <param name="State">What it changes.</param>
/// <param name="Target">The stored expression.</param>
/// <param name="Scope">The scope whose code stores.</param>
/// <param name="Statement">The statement that stores (to ask which locks it holds).</param>
internal readonly record struct SharedWrite(SharedState State, ExprSyntax Target, PythonScope Scope, StmtSyntax Statement);

/// <summary>
/// Every store to shared state in a snippet (assignments, augmented assignments, <c>del</c>), by
/// what it changes: the evidence that a function started on one thread still races with other
/// code over the same global, attribute or container.
/// </summary>
internal sealed class SharedWrites
{
    private readonly Dictionary<string, List<SharedWrite>> _byKey = new();

    private SharedWrites() { }

    /// <summary>Indexes the stores among <paramref name="nodes"/>.</summary>
    public static SharedWrites Build(IEnumerable<ScopedNode> nodes, SnippetScopes scopes, ObjectOrigins origins, ThreadStartFinder threads, PrivateSelf privateSelf)
    {
        var writes = new SharedWrites();
        foreach (var n in nodes)
        {
            switch (n.Node)
            {
                case AssignStmt assign:
                    foreach (var t in assign.Targets) writes.Add(t, assign, n.Scope, scopes, origins, threads, privateSelf);
                    break;
                case AugAssignStmt aug:
                    writes.Add(aug.Target, aug, n.Scope, scopes, origins, threads, privateSelf);
                    break;
                case DeleteStmt delete:
                    foreach (var t in delete.Targets) writes.Add(t, delete, n.Scope, scopes, origins, threads, privateSelf);
                    break;
            }
        }
        return writes;
    }

    /// <summary>The stores that change <paramref name="key"/>.</summary>
    public IReadOnlyList<SharedWrite> Of(string key)
        => _byKey.TryGetValue(key, out var list) ? list : (IReadOnlyList<SharedWrite>)System.Array.Empty<SharedWrite>();

    /// <summary>
    /// True when the code that makes <paramref name="start"/> goes on to change <paramref name="key"/>
    /// after it — directly, or in a function it calls after it — while the new thread may be running
    /// (before the join that ends <see cref="ThreadStart.RunsUntil"/>).
    /// </summary>
    public bool WrittenAfter(string key, ThreadStart start, CallGraph calls)
    {
        var position = start.Call.End;
        foreach (var w in Of(key))
            if (w.Scope == start.Scope && w.Target.Start >= position && w.Target.Start < start.RunsUntil) return true;
        var later = new HashSet<PythonScope>();
        foreach (var site in calls.CallsFrom(start.Scope))
        {
            if (site.Call.Start < position || site.Call.Start >= start.RunsUntil) continue;
            foreach (var callee in site.Callees) later.UnionWith(calls.Reachable(callee));
        }
        foreach (var w in Of(key))
            if (later.Contains(w.Scope)) return true;
        return false;
    }

    private void Add(ExprSyntax target, StmtSyntax statement, PythonScope scope, SnippetScopes scopes, ObjectOrigins origins, ThreadStartFinder threads, PrivateSelf privateSelf)
    {
        if (target is TupleExpr or ListExpr or StarredExpr)
        {
            foreach (var child in target.ChildNodes())
                if (child is ExprSyntax e) Add(e, statement, scope, scopes, origins, threads, privateSelf);
            return;
        }
        var state = SharedState.Of(target, scope, scopes, origins, threads, privateSelf);
        if (state is null) return;
        if (!_byKey.TryGetValue(state.Key, out var list)) _byKey[state.Key] = list = new List<SharedWrite>();
        list.Add(new SharedWrite(state, target, scope, statement));
    }
}
