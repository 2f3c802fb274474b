using System.Collections.Generic;
using System.Linq;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Analyzers.Snippets;

/// <summary>
/// Finds where a snippet hands functions to other threads of the same process: a
/// <c>threading.Thread</c> target (keyword <c>target=</c> or second positional argument), a
/// <c>threading.Timer</c> callback, <c>submit</c>/<c>map</c> of a ThreadPoolExecutor, and
/// instances of <c>threading.Thread</c> subclasses (their <c>run</c>). Process pools are not
/// threads: their workers get copies of the globals, so they are left out on purpose.
/// </summary>
internal sealed class ThreadStartFinder
{
    private readonly SnippetScopes _scopes;
    private readonly ObjectOrigins _origins;
    private readonly CallGraph _calls;
    private readonly Dictionary<PythonScope, bool> _threadClasses = new();
    private readonly List<ThreadStart> _starts = new();
    private readonly List<ScopedNode> _loops = new();

    /// <summary>Creates a finder over one snippet.</summary>
    public ThreadStartFinder(SnippetScopes scopes, ObjectOrigins origins, CallGraph calls)
    {
        _scopes = scopes; _origins = origins; _calls = calls;
    }

    /// <summary>Every thread start in <paramref name="nodes"/> whose target is a function of the snippet.</summary>
    public List<ThreadStart> Find(IEnumerable<ScopedNode> nodes)
    {
        var starts = new List<ThreadStart>();
        foreach (var n in nodes)
        {
            if (n.Node is ForStmt or ComprehensionExpr) _loops.Add(n);
            if (n.Node is not CallExpr call) continue;
            var start = Classify(call, n.Scope, n.InLoop);
            if (start is not null && start.Targets.Count > 0) starts.Add(ThreadLifetime.Measure(start, _scopes, _origins));
        }
        _starts.AddRange(starts);
        return starts;
    }

    /// <summary>
    /// True when each thread that runs <paramref name="function"/> gets its own value of
    /// <paramref name="parameter"/>: the function is only ever a thread target (nothing calls it),
    /// of one <c>threading.Thread</c> site in a loop over <c>range(...)</c> whose variable is passed
    /// in <c>args</c> at the parameter's place, and the function never rebinds the parameter. Then
    /// <c>results[slot] += i</c> touches one slot per thread (a partitioned list, no race).
    /// </summary>
    public bool GivesEachThreadItsOwn(PythonScope function, string parameter)
    {
        if (function.EnclosingClass is not null || _calls.CallsTo(function).Count > 0) return false;
        var position = -1;
        for (var i = 0; i < function.Parameters.Count; i++) if (function.Parameters[i] == parameter) position = i;
        if (position < 0 || !function.Bindings.TryGetValue(parameter, out var bindings) || bindings.Count != 1) return false;
        ThreadStart? only = null;
        foreach (var s in _starts)
        {
            foreach (var t in s.Targets)
            {
                if (t != function) continue;
                if (only is not null) return false;
                only = s;
            }
        }
        if (only is not { Kind: ThreadStartKind.Thread, InLoop: true }) return false;
        ExprSyntax? args = null;
        foreach (var k in only.Call.Keywords) if (k.Arg == "args") args = k.Value;
        if (args is not TupleExpr tuple || position >= tuple.Elts.Count || tuple.Elts[position] is not NameExpr passed) return false;
        foreach (var loop in _loops)
        {
            if (loop.Scope != only.Scope || loop.Node.Start > only.Call.Start || loop.Node.End < only.Call.End) continue;
            var ranges = loop.Node switch
            {
                ForStmt f => new[] { (f.Target, f.Iter) },
                ComprehensionExpr c => c.Generators.Select(g => (g.Target, g.Iter)).ToArray(),
                _ => System.Array.Empty<(ExprSyntax, ExprSyntax)>(),
            };
            foreach (var (target, iter) in ranges)
                if (target is NameExpr variable && variable.Id == passed.Id && iter is CallExpr range && _scopes.Resolve("range", only.Scope).Kind == Compiler.Binding.NameScopeKind.Module
                    && range.Func is NameExpr { Id: "range" } && !_scopes.Module.Bindings.ContainsKey("range"))
                    return true;
        }
        return false;
    }

    /// <summary>True for a class of the snippet that derives (directly or through snippet classes) from <c>threading.Thread</c>.</summary>
    public bool IsThreadSubclass(PythonScope classScope)
    {
        if (_threadClasses.TryGetValue(classScope, out var known)) return known;
        _threadClasses[classScope] = false; // a cycle of bases is no Thread
        var result = false;
        if (classScope.Node is ClassDefStmt classDef && classScope.Parent is PythonScope outer)
        {
            foreach (var b in classDef.Bases)
            {
                if (_scopes.QualifiedName(b, outer) == "threading.Thread") result = true;
                foreach (var baseClass in _scopes.ClassesNamed(b, outer)) result |= IsThreadSubclass(baseClass);
            }
        }
        _threadClasses[classScope] = result;
        return result;
    }

    private ThreadStart? Classify(CallExpr call, PythonScope scope, bool inLoop)
    {
        switch (_scopes.QualifiedName(call.Func, scope))
        {
            case "threading.Thread":
                return Start(ThreadStartKind.Thread, call, Argument(call, "target", 1), scope, inLoop);
            case "threading.Timer":
                return Start(ThreadStartKind.Timer, call, Argument(call, "function", 1), scope, inLoop);
        }
        if (call.Func is AttributeExpr { Attr: "submit" or "map" } method)
        {
            var receiver = _origins.Of(method.Value, scope);
            // Only a receiver known to be a thread pool, and never one that may be a process pool.
            if ((receiver & ObjectKinds.ThreadPool) != 0 && (receiver & ObjectKinds.ProcessPool) == 0)
            {
                var kind = method.Attr == "map" ? ThreadStartKind.Map : ThreadStartKind.Submit;
                return Start(kind, call, Argument(call, "fn", 0), scope, inLoop);
            }
            return null;
        }
        var threadClasses = _scopes.ClassesNamed(call.Func, scope).Where(IsThreadSubclass).ToList();
        if (threadClasses.Count > 0)
        {
            var runs = threadClasses.SelectMany(c => _scopes.MethodOf(c, "run")).Distinct().ToList();
            return new ThreadStart(ThreadStartKind.ThreadSubclass, call, runs, scope, inLoop);
        }
        return null;
    }

    private ThreadStart Start(ThreadStartKind kind, CallExpr call, ExprSyntax? target, PythonScope scope, bool inLoop)
    {
        IReadOnlyList<PythonScope> targets = target is null ? System.Array.Empty<PythonScope>() : _calls.Functions(target, scope);
        return new ThreadStart(kind, call, targets, scope, inLoop);
    }

    private static ExprSyntax? Argument(CallExpr call, string keyword, int position)
    {
        foreach (var k in call.Keywords) if (k.Arg == keyword) return k.Value;
        return position < call.Args.Count && call.Args[position] is not StarredExpr ? call.Args[position] : null;
    }
}
