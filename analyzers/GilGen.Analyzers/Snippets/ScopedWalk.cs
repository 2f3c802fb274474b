using System.Collections.Generic;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Analyzers.Snippets;

/// <summary>A node of the snippet with the scope its code runs in, and whether it sits in a loop of that scope.</summary>
/// <param name="Node">The node.</param>
/// <param name="Scope">The innermost def, lambda, class or module whose code evaluates it.</param>
/// <param name="InLoop">True inside a for or while body, or a comprehension, of that same scope: it may run several times per call.</param>
internal readonly record struct ScopedNode(SyntaxNode Node, PythonScope Scope, bool InLoop);

/// <summary>
/// Walks a whole snippet, every node once, telling each one's scope and loop context: the one
/// traversal that finding calls, thread starts and writes all filter.
/// </summary>
internal static class ScopedWalk
{
    /// <summary>Every node of the module in evaluation order, with its scope and loop context.</summary>
    public static IEnumerable<ScopedNode> All(SnippetScopes scopes)
    {
        var pending = new Stack<ScopedNode>();
        var module = (ModuleSyntax)scopes.Module.Node;
        for (var i = module.Body.Count - 1; i >= 0; i--) pending.Push(new ScopedNode(module.Body[i], scopes.Module, false));
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            yield return current;
            var children = new List<ScopedNode>();
            var node = current.Node;
            if (PythonSyntax.IsScope(node))
            {
                foreach (var c in PythonSyntax.OuterChildren(node)) children.Add(new ScopedNode(c, current.Scope, current.InLoop));
                // A body starts a new scope: loops around the definition do not repeat the body.
                var inner = scopes.ScopeOf(node);
                foreach (var c in PythonSyntax.InnerChildren(node)) children.Add(new ScopedNode(c, inner, false));
            }
            else
            {
                var loops = node is ForStmt or WhileStmt or ComprehensionExpr;
                foreach (var c in PythonSyntax.Children(node))
                {
                    // A loop's iterable (or its first test) runs once; everything else in it may repeat.
                    var repeats = loops && !IsEvaluatedOnce(node, c);
                    children.Add(new ScopedNode(c, current.Scope, current.InLoop || repeats));
                }
            }
            for (var i = children.Count - 1; i >= 0; i--) pending.Push(children[i]);
        }
    }

    // A for loop's iterable and the else clauses run once; a comprehension repeats all it holds
    // (its first iterable excepted, which never matters for what the analysis looks for).
    private static bool IsEvaluatedOnce(SyntaxNode loop, SyntaxNode child) => loop switch
    {
        ForStmt f => child == f.Iter || (child is StmtSyntax s && f.OrElse.Contains(s)),
        WhileStmt w => child is StmtSyntax s && w.OrElse.Contains(s),
        _ => false,
    };
}
