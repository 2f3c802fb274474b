using System;
using System.Collections.Generic;
using GilGen.Compiler.Binding;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Analyzers.Snippets;

/// <summary>What an expression may hold, as far as the snippet shows it (a set: a name may be bound several times).</summary>
[Flags]
internal enum ObjectKinds
{
    /// <summary>Nothing known.</summary>
    None = 0,
    /// <summary>A <c>threading</c> Lock, RLock, Condition, Semaphore or BoundedSemaphore.</summary>
    Lock = 1,
    /// <summary>A <c>concurrent.futures.ThreadPoolExecutor</c>: its workers are threads of this process.</summary>
    ThreadPool = 2,
    /// <summary>A process pool (<c>ProcessPoolExecutor</c>, <c>multiprocessing.Pool</c>): its workers share nothing.</summary>
    ProcessPool = 4,
    /// <summary>Something else the snippet creates: a literal, a container, an instance of a snippet class.</summary>
    Other = 8,
    /// <summary>Cannot tell: a parameter, the result of an unknown call, an attribute never assigned in the snippet.</summary>
    Unknown = 16,
}

/// <summary>
/// Follows names and attributes back to the values assigned to them, to tell a lock from any
/// other object and a thread pool from a process pool. Unknown stays unknown: callers decide
/// which way unknown leans (towards silence, for GIL1001).
/// </summary>
internal sealed class ObjectOrigins
{
    // The constructors whose objects with and acquire() use as a lock.
    private static readonly HashSet<string> s_lockConstructors = new(StringComparer.Ordinal)
    {
        "threading.Lock", "threading.RLock", "threading.Condition", "threading.Semaphore", "threading.BoundedSemaphore",
    };

    private static readonly HashSet<string> s_threadPools = new(StringComparer.Ordinal)
    {
        "concurrent.futures.ThreadPoolExecutor", "concurrent.futures.thread.ThreadPoolExecutor",
    };

    private static readonly HashSet<string> s_processPools = new(StringComparer.Ordinal)
    {
        "concurrent.futures.ProcessPoolExecutor", "concurrent.futures.process.ProcessPoolExecutor",
        "multiprocessing.Pool", "multiprocessing.pool.Pool", "multiprocessing.Process",
    };

    // Builtins that make a plain object (what "with open(...)" holds is no lock).
    private static readonly HashSet<string> s_plainBuiltins = new(StringComparer.Ordinal)
    {
        "open", "object", "list", "dict", "set", "tuple", "str", "int", "float", "bytearray", "range",
    };

    // Following name to value to name again stops here (a = b; b = a is legal Python).
    private const int MaxDepth = 8;

    private readonly SnippetScopes _scopes;

    /// <summary>Creates the lookup over <paramref name="scopes"/>.</summary>
    public ObjectOrigins(SnippetScopes scopes) => _scopes = scopes;

    /// <summary>What <paramref name="expression"/>, evaluated in <paramref name="scope"/>, may hold.</summary>
    public ObjectKinds Of(ExprSyntax expression, PythonScope scope) => Of(expression, scope, 0);

    /// <summary>True when the call constructs a new lock (<c>threading.Lock()</c> and the like).</summary>
    public bool IsLockConstruction(ExprSyntax expression, PythonScope scope)
        => expression is CallExpr call && _scopes.QualifiedName(call.Func, scope) is string q && s_lockConstructors.Contains(q);

    private ObjectKinds Of(ExprSyntax expression, PythonScope scope, int depth)
    {
        if (depth > MaxDepth) return ObjectKinds.Unknown;
        switch (expression)
        {
            case CallExpr call:
                return OfCall(call, scope);
            case NameExpr name:
            {
                var owner = _scopes.Resolve(name.Id, scope);
                if (!owner.Bindings.TryGetValue(name.Id, out var bindings)) return ObjectKinds.Unknown;
                var kinds = ObjectKinds.None;
                foreach (var b in bindings)
                {
                    kinds |= b.Kind switch
                    {
                        BindingKind.Value => Of(b.Value!, owner, depth + 1),
                        BindingKind.Parameter => ObjectKinds.Unknown,
                        _ => ObjectKinds.Other,
                    };
                }
                return kinds == ObjectKinds.None ? ObjectKinds.Unknown : kinds;
            }
            case AttributeExpr attribute:
            {
                // A module attribute (threading.Lock itself) is a class, not an instance.
                if (_scopes.QualifiedName(attribute, scope) is not null) return ObjectKinds.Other;
                var values = _scopes.AttributeValues(attribute.Attr);
                if (values.Count == 0) return ObjectKinds.Unknown;
                var kinds = ObjectKinds.None;
                foreach (var (value, valueScope) in values) kinds |= Of(value, valueScope, depth + 1);
                return kinds;
            }
            case ConstantExpr or TupleExpr or ListExpr or SetExpr or DictExpr or ComprehensionExpr or JoinedStrExpr
                or BinOpExpr or UnaryOpExpr or CompareExpr or LambdaExpr:
                return ObjectKinds.Other;
            default:
                return ObjectKinds.Unknown;
        }
    }

    private ObjectKinds OfCall(CallExpr call, PythonScope scope)
    {
        var qualified = _scopes.QualifiedName(call.Func, scope);
        if (qualified is not null)
        {
            if (s_lockConstructors.Contains(qualified)) return ObjectKinds.Lock;
            if (s_threadPools.Contains(qualified)) return ObjectKinds.ThreadPool;
            if (s_processPools.Contains(qualified)) return ObjectKinds.ProcessPool;
            // Any other constructor or function of an imported module: not something this analysis follows.
            return qualified.StartsWith("threading.", StringComparison.Ordinal) ? ObjectKinds.Other : ObjectKinds.Unknown;
        }
        if (_scopes.ClassesNamed(call.Func, scope).Count > 0) return ObjectKinds.Other;
        if (call.Func is NameExpr builtin && s_plainBuiltins.Contains(builtin.Id)
            && _scopes.Resolve(builtin.Id, scope) is { Kind: NameScopeKind.Module } module && !module.Bindings.ContainsKey(builtin.Id))
        {
            return ObjectKinds.Other;
        }
        return ObjectKinds.Unknown;
    }
}
