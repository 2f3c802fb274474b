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
            if (n.Node is not CallExpr call) continue;
            var start = Classify(call, n.Scope, n.InLoop);
            if (start is not null && start.Targets.Count > 0) starts.Add(start);
        }
        return starts;
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
