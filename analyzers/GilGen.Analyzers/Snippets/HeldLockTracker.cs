using System.Collections.Generic;
using System.Linq;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Analyzers.Snippets;

/// <summary>
/// Tells which statements of a function run with a lock held: inside <c>with L:</c> (any item of
/// <c>with L1, L2:</c>), after <c>L.acquire()</c> and before <c>L.release()</c> in the same block
/// (a release in a <c>finally:</c> ends the hold after the <c>try</c>), in the body of
/// <c>if L.acquire(...):</c>, or after <c>if not L.acquire(...): return</c>.
/// </summary>
/// <remarks>
/// A lock is an object made by <c>threading.Lock/RLock/Condition/Semaphore/BoundedSemaphore()</c>,
/// reached through a global, a local, an enclosing variable or an attribute. What the snippet does
/// not show (a parameter, an attribute assigned from one, the result of a call) counts as a lock:
/// a warning needs evidence, and a <c>with</c> on an unknown object is more likely a lock than not.
/// A lock created on the spot (<c>with threading.Lock():</c>) excludes nothing and does not count.
/// Each held lock is named (<see cref="HeldLock"/>) so that two statements can be asked whether one
/// lock excludes the other: a global lock by its name, <c>self.lock</c> by its attribute name, as an
/// object's own lock (two objects' locks are two locks).
/// </remarks>
internal sealed class HeldLockTracker
{
    private readonly ObjectOrigins _origins;
    private readonly SnippetScopes _scopes;
    private readonly CallGraph? _calls;
    private readonly ThreadReach? _reach;
    private readonly Dictionary<PythonScope, Dictionary<StmtSyntax, List<HeldLock>>> _byFunction = new();
    private readonly Dictionary<PythonScope, List<HeldLock>> _byCallers = new();

    /// <summary>
    /// Creates a tracker that identifies locks with <paramref name="origins"/> and names them through
    /// <paramref name="scopes"/>; with <paramref name="calls"/> and <paramref name="reach"/>, a
    /// function that no thread starts directly also holds the locks every one of its callers holds
    /// around the call (<c>__init__</c> reached only from <c>cls()</c> inside <c>with cls._lock:</c>).
    /// </summary>
    public HeldLockTracker(ObjectOrigins origins, SnippetScopes scopes, CallGraph? calls = null, ThreadReach? reach = null)
    {
        _origins = origins; _scopes = scopes; _calls = calls; _reach = reach;
    }

    /// <summary>The statements of <paramref name="function"/>'s own body that run with some lock held, with the locks held (never empty).</summary>
    public IReadOnlyDictionary<StmtSyntax, List<HeldLock>> StatementsUnderLock(PythonScope function)
    {
        if (_byFunction.TryGetValue(function, out var known)) return known;
        var locked = new Dictionary<StmtSyntax, List<HeldLock>>();
        Walk(PythonSyntax.ScopeBody(function.Node), function, new List<HeldLock>(), locked);
        _byFunction[function] = locked;
        return locked;
    }

    /// <summary>The locks held while <paramref name="statement"/> of <paramref name="function"/> runs (empty when none), those all its callers hold included.</summary>
    public IReadOnlyList<HeldLock> HeldAt(StmtSyntax statement, PythonScope function)
    {
        var callers = HeldByEveryCaller(function);
        if (!StatementsUnderLock(function).TryGetValue(statement, out var held)) return callers;
        if (callers.Count == 0) return held;
        var all = new List<HeldLock>(held);
        foreach (var l in callers) if (!all.Contains(l)) all.Add(l);
        return all;
    }

    // The locks held around every call of the function, when threads reach it only through calls.
    private List<HeldLock> HeldByEveryCaller(PythonScope function)
    {
        if (_calls is null || _reach is null) return new List<HeldLock>();
        if (_byCallers.TryGetValue(function, out var known)) return known;
        var result = new List<HeldLock>();
        _byCallers[function] = result; // recursion proves nothing
        var sites = _calls.CallsTo(function);
        if (sites.Count == 0 || _reach.Entries.Any(e => e.Function == function)) return result;
        List<HeldLock>? common = null;
        foreach (var site in sites)
        {
            var atCall = new List<HeldLock>(HeldByEveryCaller(site.Caller));
            StmtSyntax? innermost = null;
            foreach (var pair in StatementsUnderLock(site.Caller))
                if (pair.Key.Start <= site.Call.Start && pair.Key.End >= site.Call.End && (innermost is null || pair.Key.Start >= innermost.Start)) innermost = pair.Key;
            if (innermost is not null) atCall.AddRange(StatementsUnderLock(site.Caller)[innermost]);
            common = common is null ? atCall : common.Where(atCall.Contains).ToList();
            if (common.Count == 0) break;
        }
        result.AddRange(common ?? new List<HeldLock>());
        return result;
    }

    /// <summary>True when <c>with <paramref name="expression"/>:</c> in <paramref name="scope"/> holds a lock while its body runs.</summary>
    public bool IsLock(ExprSyntax expression, PythonScope scope)
    {
        var kinds = _origins.Of(expression, scope);
        // A call: a fresh lock guards nothing; a call to something unknown may be a context manager that locks.
        if (expression is CallExpr) return kinds == ObjectKinds.Unknown;
        return (kinds & (ObjectKinds.Lock | ObjectKinds.Unknown)) != 0;
    }

    private void Walk(IEnumerable<SyntaxNode> body, PythonScope scope, List<HeldLock> held, Dictionary<StmtSyntax, List<HeldLock>> locked)
    {
        var current = new List<HeldLock>(held);
        foreach (var node in body)
        {
            if (node is not StmtSyntax statement || node is FunctionDefStmt or ClassDefStmt) continue;
            if (current.Count > 0) locked[statement] = new List<HeldLock>(current);
            switch (statement)
            {
                case WithStmt with:
                    var inner = new List<HeldLock>(current);
                    foreach (var item in with.Items)
                        if (IsLock(item.ContextExpr, scope)) inner.Add(KeyOf(item.ContextExpr, scope));
                    Walk(with.Body, scope, inner, locked);
                    break;
                case ExprStmt { Value: CallExpr call }:
                    if (LockCall(call, "acquire", scope) is { } acquired) current.Add(acquired);
                    else if (LockCall(call, "release", scope) is { } released) current.Remove(released);
                    break;
                case IfStmt { Test: CallExpr test } ifStmt when LockCall(test, "acquire", scope) is { } tried:
                    Walk(ifStmt.Body, scope, new List<HeldLock>(current) { tried }, locked);
                    Walk(ifStmt.OrElse, scope, current, locked);
                    break;
                case IfStmt { Test: UnaryOpExpr { Op: UnaryOperator.Not, Operand: CallExpr test } } ifStmt
                    when LockCall(test, "acquire", scope) is { } failed:
                    // if not L.acquire(False): return — past the if, the lock is held.
                    Walk(ifStmt.Body, scope, current, locked);
                    Walk(ifStmt.OrElse, scope, new List<HeldLock>(current) { failed }, locked);
                    if (ifStmt.Body.Count > 0 && ifStmt.Body[ifStmt.Body.Count - 1] is ReturnStmt or RaiseStmt or ContinueStmt or BreakStmt)
                        current.Add(failed);
                    break;
                case TryStmt tryStmt:
                    foreach (var part in PythonSyntax.Bodies(tryStmt)) Walk(part, scope, current, locked);
                    // try: ... finally: L.release() — the lock is free again after the statement.
                    foreach (var s in tryStmt.FinalBody)
                        if (s is ExprStmt { Value: CallExpr release } && LockCall(release, "release", scope) is { } key) current.Remove(key);
                    break;
                default:
                    foreach (var part in PythonSyntax.Bodies(statement)) Walk(part, scope, current, locked);
                    break;
            }
        }
    }

    // "L.acquire()" / "L.release()" on a lock: L, else null.
    private HeldLock? LockCall(CallExpr call, string method, PythonScope scope)
        => call.Func is AttributeExpr attribute && attribute.Attr == method && attribute.Value is not CallExpr && IsLock(attribute.Value, scope)
            ? KeyOf(attribute.Value, scope)
            : null;

    // Which lock. A name by the scope that binds it ("global:lock"); an attribute of a global object
    // by the object's name ("global:registry.lock"); an attribute of anything else (self, a
    // parameter, a local) by the attribute's name, as one object's own lock ("attr:lock"); a
    // parameter or any other expression is an unknown lock, which may be any.
    private HeldLock KeyOf(ExprSyntax expression, PythonScope scope)
    {
        switch (expression)
        {
            case NameExpr name:
                // A lock handed in as a parameter is whatever the caller passed: unknown, it may be any lock.
                var owner = _scopes.Resolve(name.Id, scope);
                if (owner.Kind != Compiler.Binding.NameScopeKind.Module && ContainsName(owner.Parameters, name.Id)) return HeldLock.Unknown;
                return new HeldLock(NameKey(name.Id, scope), false);
            case AttributeExpr attribute:
                var root = attribute.Value;
                while (root is AttributeExpr inner) root = inner.Value;
                if (root is NameExpr rootName && _scopes.Resolve(rootName.Id, scope).Kind == Compiler.Binding.NameScopeKind.Module)
                    return new HeldLock(NameKey(rootName.Id, scope) + Text(attribute), false);
                return new HeldLock("attr:" + attribute.Attr, true);
            default:
                // with lock_for(key): which lock is not known; it may be the one the other side holds.
                return HeldLock.Unknown;
        }
    }

    private static bool ContainsName(IReadOnlyList<string> names, string name)
    {
        foreach (var n in names) if (n == name) return true;
        return false;
    }

    private string NameKey(string name, PythonScope scope)
    {
        var owner = _scopes.Resolve(name, scope);
        return owner.Kind == Compiler.Binding.NameScopeKind.Module ? "global:" + name : "scope@" + owner.Node.Start + ":" + name;
    }

    // ".a.b" of root.a.b.
    private static string Text(AttributeExpr attribute) => (attribute.Value is AttributeExpr inner ? Text(inner) : "") + "." + attribute.Attr;
}
