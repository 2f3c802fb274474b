using System.Collections.Generic;
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
/// </remarks>
internal sealed class HeldLockTracker
{
    private readonly ObjectOrigins _origins;

    /// <summary>Creates a tracker that identifies locks with <paramref name="origins"/>.</summary>
    public HeldLockTracker(ObjectOrigins origins) => _origins = origins;

    /// <summary>The statements of <paramref name="function"/>'s own body that run with some lock held.</summary>
    public HashSet<StmtSyntax> StatementsUnderLock(PythonScope function)
    {
        var locked = new HashSet<StmtSyntax>();
        Walk(PythonSyntax.ScopeBody(function.Node), function, new List<string>(), locked);
        return locked;
    }

    /// <summary>True when <c>with <paramref name="expression"/>:</c> in <paramref name="scope"/> holds a lock while its body runs.</summary>
    public bool IsLock(ExprSyntax expression, PythonScope scope)
    {
        var kinds = _origins.Of(expression, scope);
        // A call: a fresh lock guards nothing; a call to something unknown may be a context manager that locks.
        if (expression is CallExpr) return kinds == ObjectKinds.Unknown;
        return (kinds & (ObjectKinds.Lock | ObjectKinds.Unknown)) != 0;
    }

    private void Walk(IEnumerable<SyntaxNode> body, PythonScope scope, List<string> held, HashSet<StmtSyntax> locked)
    {
        var current = new List<string>(held);
        foreach (var node in body)
        {
            if (node is not StmtSyntax statement || node is FunctionDefStmt or ClassDefStmt) continue;
            if (current.Count > 0) locked.Add(statement);
            switch (statement)
            {
                case WithStmt with:
                    var inner = new List<string>(current);
                    foreach (var item in with.Items)
                        if (IsLock(item.ContextExpr, scope)) inner.Add(KeyOf(item.ContextExpr));
                    Walk(with.Body, scope, inner, locked);
                    break;
                case ExprStmt { Value: CallExpr call }:
                    if (LockCall(call, "acquire", scope) is string acquired) current.Add(acquired);
                    else if (LockCall(call, "release", scope) is string released) current.Remove(released);
                    break;
                case IfStmt { Test: CallExpr test } ifStmt when LockCall(test, "acquire", scope) is string tried:
                    Walk(ifStmt.Body, scope, new List<string>(current) { tried }, locked);
                    Walk(ifStmt.OrElse, scope, current, locked);
                    break;
                case IfStmt { Test: UnaryOpExpr { Op: UnaryOperator.Not, Operand: CallExpr test } } ifStmt
                    when LockCall(test, "acquire", scope) is string failed:
                    // if not L.acquire(False): return — past the if, the lock is held.
                    Walk(ifStmt.Body, scope, current, locked);
                    Walk(ifStmt.OrElse, scope, new List<string>(current) { failed }, locked);
                    if (ifStmt.Body.Count > 0 && ifStmt.Body[ifStmt.Body.Count - 1] is ReturnStmt or RaiseStmt or ContinueStmt or BreakStmt)
                        current.Add(failed);
                    break;
                case TryStmt tryStmt:
                    foreach (var part in PythonSyntax.Bodies(tryStmt)) Walk(part, scope, current, locked);
                    // try: ... finally: L.release() — the lock is free again after the statement.
                    foreach (var s in tryStmt.FinalBody)
                        if (s is ExprStmt { Value: CallExpr release } && LockCall(release, "release", scope) is string key) current.Remove(key);
                    break;
                default:
                    foreach (var part in PythonSyntax.Bodies(statement)) Walk(part, scope, current, locked);
                    break;
            }
        }
    }

    // "L.acquire()" / "L.release()" on a lock: L's key, else null.
    private string? LockCall(CallExpr call, string method, PythonScope scope)
        => call.Func is AttributeExpr attribute && attribute.Attr == method && attribute.Value is not CallExpr && IsLock(attribute.Value, scope)
            ? KeyOf(attribute.Value)
            : null;

    // Which lock: "lock", "self.lock"; an acquire pairs with the release of the same text.
    private static string KeyOf(ExprSyntax expression) => expression switch
    {
        NameExpr name => name.Id,
        AttributeExpr attribute => KeyOf(attribute.Value) + "." + attribute.Attr,
        _ => "@" + expression.Start,
    };
}
