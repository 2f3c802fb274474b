using System.Collections.Generic;
using GilGen.Compiler.Diagnostics;
using GilGen.Compiler.Syntax;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Compiler.Binding;

/// <summary>
/// Where the names of a module live, as CPython 3.9's symbol table decides it (local, global, or
/// free and bound by an enclosing function; class bodies are not enclosing scopes). The compiler's
/// own <see cref="SymbolTable"/>, for tools that read Python without compiling it (GIL1001).
/// </summary>
public sealed class NameResolution
{
    private readonly SymbolTable _table;
    private readonly Dictionary<SyntaxNode, NameScope> _byNode = new();
    private readonly List<NameScope> _all = new();

    private NameResolution(SymbolTable table)
    {
        _table = table;
        Module = Add(table.Top, null);
    }

    private NameScope Add(Scope scope, NameScope? parent)
    {
        var view = new NameScope(scope, parent);
        _byNode[scope.Node] = view;
        _all.Add(view);
        foreach (var child in scope.Children) Add(child, view);
        return view;
    }

    /// <summary>The module's scope, the root of the scope tree.</summary>
    public NameScope Module { get; }

    /// <summary>Every scope, the module first, then in source order (a scope before the scopes inside it).</summary>
    public IReadOnlyList<NameScope> Scopes => _all;

    /// <summary>The scope <paramref name="node"/> (a module, def, class, lambda or comprehension node) opens, if it opens one.</summary>
    public bool TryGetScope(SyntaxNode node, out NameScope scope) => _byNode.TryGetValue(node, out scope!);

    /// <summary>
    /// Resolves the names of <paramref name="module"/>, parsed from <paramref name="source"/>. Scope errors
    /// (a name both parameter and global, say) are the compiler's to report; here they are ignored.
    /// </summary>
    public static NameResolution Build(ModuleSyntax module, string source)
        => new(SymbolTable.Build(module, new DiagnosticBag(new SourceText(source))));

    /// <summary>
    /// The node of the scope that binds <paramref name="name"/> as used directly in the scope opened by
    /// <paramref name="scopeNode"/> (a module, def, class, lambda or comprehension node): that scope itself
    /// for a local, the enclosing function that binds it for a free name, the module otherwise.
    /// </summary>
    public SyntaxNode BindingScope(string name, SyntaxNode scopeNode)
    {
        if (!_table.TryGetScope(scopeNode, out var scope)) return _table.Top.Node;
        var mangled = SymbolTable.Mangle(scope.Private, name);
        switch (scope.GetScope(mangled))
        {
            case SymbolScope.Local:
            case SymbolScope.Cell:
                return scope.Node;
            case SymbolScope.Free:
                for (var outer = scope.Parent; outer is not null; outer = outer.Parent)
                {
                    if (outer.Type == ScopeType.Class) continue;
                    if (outer.GetScope(mangled) is SymbolScope.Local or SymbolScope.Cell) return outer.Node;
                }
                break;
        }
        return _table.Top.Node;
    }
}
