using System.Collections.Generic;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Analyzers.Snippets;

/// <summary>A node of the snippet with the scope its code runs in, and whether it sits in a loop of that scope.</summary>
/// <param name="Node">The node.</param>
/// <param name="Scope">The innermost def, lambda, class or module whose code evaluates it.</param>
/// <param name="InLoop">True inside a for or while body, or a comprehension, of that same scope: it may run several times per call.</param>
internal readonly record struct ScopedNode(SyntaxNode Node, PythonScope Scope, bool InLoop);

/// <summary>
/// Walks a whole snippet with the compiler's <see cref="SyntaxWalker"/>, every node once, telling
/// each one's scope and loop context: the one traversal that finding calls, thread starts and
/// writes all filter.
/// </summary>
internal sealed class ScopedWalk : SyntaxWalker
{
    private readonly SnippetScopes _scopes;
    private readonly List<ScopedNode> _nodes = new();
    private readonly Stack<(PythonScope Scope, bool InLoop)> _enclosing = new();
    private PythonScope _scope;
    private bool _inLoop;

    private ScopedWalk(SnippetScopes scopes)
    {
        _scopes = scopes;
        _scope = scopes.Module;
    }

    /// <summary>Every node of the module below the module node, in evaluation order, with its scope and loop context.</summary>
    public static IReadOnlyList<ScopedNode> All(SnippetScopes scopes)
    {
        var walk = new ScopedWalk(scopes);
        walk.VisitEach(((ModuleSyntax)scopes.Module.Node).Body);
        return walk._nodes;
    }

    /// <inheritdoc/>
    public override void Visit(SyntaxNode? node)
    {
        if (node is null) return;
        _nodes.Add(new ScopedNode(node, _scope, _inLoop));
        base.Visit(node);
    }

    /// <summary>A body starts a new scope: loops around the definition do not repeat the body.</summary>
    protected override void EnterScope(SyntaxNode scopeNode)
    {
        _enclosing.Push((_scope, _inLoop));
        _scope = _scopes.ScopeOf(scopeNode);
        _inLoop = false;
    }

    /// <inheritdoc/>
    protected override void ExitScope(SyntaxNode scopeNode) => (_scope, _inLoop) = _enclosing.Pop();

    /// <summary>The iterable and the else clause run once; the target and the body may repeat.</summary>
    public override void VisitForStmt(ForStmt node)
    {
        Visit(node.Iter);
        var outer = _inLoop;
        _inLoop = true;
        Visit(node.Target);
        VisitEach(node.Body);
        _inLoop = outer;
        VisitEach(node.OrElse);
    }

    /// <summary>The test and the body may repeat; the else clause runs once.</summary>
    public override void VisitWhileStmt(WhileStmt node)
    {
        var outer = _inLoop;
        _inLoop = true;
        Visit(node.Test);
        VisitEach(node.Body);
        _inLoop = outer;
        VisitEach(node.OrElse);
    }

    /// <summary>A comprehension repeats all it holds (its first iterable excepted, which never matters for what the analysis looks for).</summary>
    public override void VisitComprehensionExpr(ComprehensionExpr node)
    {
        var outer = _inLoop;
        _inLoop = true;
        base.VisitComprehensionExpr(node);
        _inLoop = outer;
    }
}
