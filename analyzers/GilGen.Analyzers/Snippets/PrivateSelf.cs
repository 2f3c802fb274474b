using System;
using System.Collections.Generic;
using System.Linq;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Analyzers.Snippets;

/// <summary>
/// Which methods only ever run on an object private to one call: every use of the method's name in
/// the snippet is a call (<c>obj.m()</c>, never <c>target=obj.m</c> or a stored <c>obj.m</c>) on a
/// local bound only to objects its function creates (<c>mine = Counter()</c>), or on <c>self</c> in
/// a method that is itself such a method. Then <c>self.count += 1</c> in it changes no object
/// another thread can reach, however many threads run it. Methods are matched by name, as the call
/// graph does (objects are not tracked), so one shared use of the name anywhere makes it shared;
/// dunder methods, which Python calls implicitly, never count as private.
/// </summary>
internal sealed class PrivateSelf
{
    private readonly SnippetScopes _scopes;
    private readonly ObjectOrigins _origins;
    private readonly Dictionary<string, List<(AttributeExpr Access, PythonScope Scope, bool Called)>> _uses = new(StringComparer.Ordinal);
    private readonly Dictionary<PythonScope, bool> _known = new();

    private PrivateSelf(SnippetScopes scopes, ObjectOrigins origins)
    {
        _scopes = scopes;
        _origins = origins;
    }

    /// <summary>Indexes the attribute uses among <paramref name="nodes"/>.</summary>
    public static PrivateSelf Build(SnippetScopes scopes, ObjectOrigins origins, IReadOnlyCollection<ScopedNode> nodes)
    {
        var result = new PrivateSelf(scopes, origins);
        var called = new HashSet<AttributeExpr>(nodes.Select(n => n.Node).OfType<CallExpr>().Select(c => c.Func).OfType<AttributeExpr>());
        foreach (var n in nodes)
        {
            if (n.Node is not AttributeExpr access) continue;
            if (!result._uses.TryGetValue(access.Attr, out var list)) result._uses[access.Attr] = list = new();
            list.Add((access, n.Scope, called.Contains(access)));
        }
        return result;
    }

    /// <summary>Whether <paramref name="value"/>, read in <paramref name="scope"/>, is the <c>self</c> of a method whose object is private to one call.</summary>
    public bool IsPrivateSelf(ExprSyntax value, PythonScope scope) =>
        value is NameExpr name && scope.EnclosingClass is not null && scope.Parameters.Count > 0 && scope.Parameters[0] == name.Id
        && _scopes.Resolve(name.Id, scope) == scope && IsPrivate(scope);

    private bool IsPrivate(PythonScope method)
    {
        if (_known.TryGetValue(method, out var known)) return known;
        _known[method] = false; // a cycle of methods calling each other through self proves nothing
        var name = method.Name;
        var result = !name.StartsWith("__", StringComparison.Ordinal)
            && _uses.TryGetValue(name, out var uses) && uses.Count > 0
            && uses.All(u => u.Called && (SharedState.IsFreshLocalObject(u.Access.Value, u.Scope, _scopes, _origins) || IsPrivateSelf(u.Access.Value, u.Scope)));
        _known[method] = result;
        return result;
    }
}
