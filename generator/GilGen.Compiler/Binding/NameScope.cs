using System.Collections.Generic;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Compiler.Binding;

/// <summary>What opens a <see cref="NameScope"/>.</summary>
public enum NameScopeKind
{
    /// <summary>The module.</summary>
    Module,
    /// <summary>A <c>def</c>.</summary>
    Function,
    /// <summary>A <c>lambda</c>.</summary>
    Lambda,
    /// <summary>A <c>class</c> body.</summary>
    Class,
    /// <summary>A list, set or dict comprehension or a generator expression.</summary>
    Comprehension,
}

/// <summary>
/// One scope of the compiler's symbol table, as tools see it: the node that opens it, the scope
/// around it, and its parameters. <see cref="NameResolution"/> builds them.
/// </summary>
public sealed class NameScope
{
    private readonly List<NameScope> _children = new();

    internal NameScope(Scope scope, NameScope? parent)
    {
        Node = scope.Node;
        Parent = parent;
        Kind = scope.Type switch
        {
            ScopeType.Module => NameScopeKind.Module,
            ScopeType.Class => NameScopeKind.Class,
            _ => scope.IsComprehension ? NameScopeKind.Comprehension : scope.Node is LambdaExpr ? NameScopeKind.Lambda : NameScopeKind.Function,
        };
        Name = scope.Node switch
        {
            FunctionDefStmt f => f.Name,
            ClassDefStmt c => c.Name,
            LambdaExpr => "<lambda>",
            ModuleSyntax => "<module>",
            _ => "<" + scope.Name + ">",
        };
        Parameters = scope.VarNames;
        parent?._children.Add(this);
    }

    /// <summary>The module, def, class, lambda or comprehension node.</summary>
    public SyntaxNode Node { get; }
    /// <summary>The enclosing scope; null for the module.</summary>
    public NameScope? Parent { get; }
    /// <summary>What opens it.</summary>
    public NameScopeKind Kind { get; }
    /// <summary>The def's or class's name; <c>&lt;module&gt;</c>, <c>&lt;lambda&gt;</c>, <c>&lt;listcomp&gt;</c>... otherwise.</summary>
    public string Name { get; }
    /// <summary>Parameter names in co_varnames order (positional, keyword-only, <c>*args</c>, <c>**kwargs</c>); <c>.0</c> for a comprehension.</summary>
    public IReadOnlyList<string> Parameters { get; }
    /// <summary>The scopes directly inside, in source order.</summary>
    public IReadOnlyList<NameScope> Children => _children;

    /// <inheritdoc/>
    public override string ToString() => Kind + " " + Name;
}
