using GilGen.Compiler.Binding;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Analyzers.Snippets;

/// <summary>
/// A piece of state that outlives one call of a function, named so that two writes to it compare
/// equal: a global (<c>global:n</c>), a variable of an enclosing function (<c>cell:…:n</c>), an
/// attribute (<c>attr:count</c>, by name: objects are not told apart), or the items of one of
/// those containers (<c>item:global:totals</c>); not an item indexed by a slot that each thread is
/// given its own of (<see cref="ThreadStartFinder.GivesEachThreadItsOwn"/>).
/// </summary>
/// <param name="Key">The comparable name.</param>
/// <param name="PerThreadObject">
/// True for <c>self.x</c> in a method of a <c>threading.Thread</c> subclass: each thread has its own
/// <c>self</c>, so starting many such threads does not make them share <c>x</c>.
/// </param>
internal sealed record SharedState(string Key, bool PerThreadObject)
{
    /// <summary>
    /// The shared state that storing to <paramref name="target"/> in <paramref name="scope"/>
    /// changes, or null when it is private to the call: a local, a parameter, an attribute of an
    /// object the call has just created (or of <c>self</c> in a method only ever called on such an
    /// object, <see cref="PrivateSelf"/>), an item of a local container.
    /// </summary>
    public static SharedState? Of(ExprSyntax target, PythonScope scope, SnippetScopes scopes, ObjectOrigins origins, ThreadStartFinder threads, PrivateSelf privateSelf)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (target)
        {
            case NameExpr name:
                var key = NameKey(name.Id, scope, scopes);
                return key is null ? null : new SharedState(key, false);
            case AttributeExpr attribute:
                if (IsFreshLocalObject(attribute.Value, scope, scopes, origins) || privateSelf.IsPrivateSelf(attribute.Value, scope)) return null;
                return new SharedState("attr:" + attribute.Attr, IsThreadSelf(attribute.Value, scope, threads));
            case SubscriptExpr subscript:
                // results[slot] where each thread is handed its own slot: that item is the thread's alone.
                if (subscript.Slice is NameExpr slot && scopes.Resolve(slot.Id, scope) == scope && threads.GivesEachThreadItsOwn(scope, slot.Id)) return null;
                // d[k]: an item of a shared container (global, enclosing, attribute, or an item of one) is shared.
                var container = Of(subscript.Value, scope, scopes, origins, threads, privateSelf);
                return container is null ? null : new SharedState("item:" + container.Key, container.PerThreadObject);
            default:
                return null;
        }
    }

    // A name's key, or null for a local of scope (including a class body's own names).
    private static string? NameKey(string name, PythonScope scope, SnippetScopes scopes)
    {
        var owner = scopes.Resolve(name, scope);
        if (owner == scope && scope.Kind != NameScopeKind.Module) return null;
        if (owner.Kind == NameScopeKind.Module) return "global:" + name;
        if (owner.Kind == NameScopeKind.Class) return null;
        return "cell:" + owner.Node.Start + ":" + name;
    }

    // obj.x where obj is a local of this call bound only to objects it creates (obj = Counter()):
    // every call, and so every thread, has its own.
    public static bool IsFreshLocalObject(ExprSyntax value, PythonScope scope, SnippetScopes scopes, ObjectOrigins origins)
    {
        if (value is not NameExpr name || scope.Kind == NameScopeKind.Module) return false;
        if (scopes.Resolve(name.Id, scope) != scope || !scope.Bindings.TryGetValue(name.Id, out var bindings)) return false;
        foreach (var b in bindings)
        {
            if (b.Kind != BindingKind.Value || b.Value is not (CallExpr or ListExpr or DictExpr or SetExpr)) return false;
            if (b.Value is CallExpr && (origins.Of(b.Value, scope) & ObjectKinds.Unknown) != 0) return false;
        }
        return true;
    }

    // self in a method of a threading.Thread subclass: the thread object, one per thread.
    private static bool IsThreadSelf(ExprSyntax value, PythonScope scope, ThreadStartFinder threads)
        => value is NameExpr name && scope.EnclosingClass is PythonScope classScope && scope.Parameters.Count > 0
           && scope.Parameters[0] == name.Id && threads.IsThreadSubclass(classScope);
}
