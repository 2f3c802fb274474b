using System.Collections.Generic;
using GilGen.Compiler.Binding;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Analyzers.Snippets;

/// <summary>How a name got its value in a scope.</summary>
internal enum BindingKind
{
    /// <summary><c>name = value</c> (or <c>with value as name</c>): <see cref="NameBinding.Value"/> says what it holds.</summary>
    Value,
    /// <summary>A parameter: whatever callers pass, unknown here.</summary>
    Parameter,
    /// <summary>A def, a class, an import, a loop or except target, a tuple unpacking: not a value this analysis follows.</summary>
    Other,
}

/// <summary>One binding of a name in a scope.</summary>
/// <param name="Kind">How it was bound.</param>
/// <param name="Value">The value expression for <see cref="BindingKind.Value"/>.</param>
internal readonly record struct NameBinding(BindingKind Kind, ExprSyntax? Value);

/// <summary>
/// What the analysis follows in one scope of the compiler's symbol table (<see cref="NameScope"/>):
/// the values its names are bound to, its imports, defs and classes. Comprehensions are not scopes
/// here: what they hold belongs to the scope around them.
/// </summary>
internal sealed class PythonScope
{
    private readonly NameScope _scope;

    /// <summary>Creates the analysis data of <paramref name="scope"/>.</summary>
    public PythonScope(NameScope scope, PythonScope? parent)
    {
        _scope = scope;
        Parent = parent;
        foreach (var p in scope.Parameters) Bind(p, new NameBinding(BindingKind.Parameter, null));
    }

    /// <summary>Module, function, lambda or class.</summary>
    public NameScopeKind Kind => _scope.Kind;
    /// <summary>The module, def, lambda or class node.</summary>
    public SyntaxNode Node => _scope.Node;
    /// <summary>The enclosing scope (null for the module).</summary>
    public PythonScope? Parent { get; }
    /// <summary>The def's or class's name.</summary>
    public string Name => _scope.Name;
    /// <summary>For a def written directly in a class body: that class's scope.</summary>
    public PythonScope? EnclosingClass => Kind == NameScopeKind.Function && Parent is { Kind: NameScopeKind.Class } c ? c : null;

    /// <summary>Parameter names, in co_varnames order.</summary>
    public IReadOnlyList<string> Parameters => _scope.Parameters;
    /// <summary>Every binding of every name bound here (parameters included).</summary>
    public Dictionary<string, List<NameBinding>> Bindings { get; } = new();
    /// <summary>Names bound by an import here, to the dotted name they stand for (<c>th</c> → <c>threading</c>, <c>Lock</c> → <c>threading.Lock</c>).</summary>
    public Dictionary<string, string> Imports { get; } = new();
    /// <summary>The defs written directly in this scope, by name.</summary>
    public Dictionary<string, List<PythonScope>> Functions { get; } = new();
    /// <summary>The classes written directly in this scope, by name.</summary>
    public Dictionary<string, List<PythonScope>> Classes { get; } = new();

    /// <summary>Records a binding of <paramref name="name"/>.</summary>
    public void Bind(string name, NameBinding binding)
    {
        if (!Bindings.TryGetValue(name, out var list)) Bindings[name] = list = new List<NameBinding>();
        list.Add(binding);
    }

    /// <inheritdoc/>
    public override string ToString() => Kind + " " + Name;
}
