using System.Collections.Generic;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Analyzers.Snippets;

/// <summary>
/// Facts about GilGen's Python AST that the analysis asks (the traversal itself is the compiler's
/// <see cref="SyntaxWalker"/> and <see cref="SyntaxNode.ChildNodes"/>).
/// </summary>
internal static class PythonSyntax
{
    /// <summary>True for the nodes that open a Python scope of their own: def, class and lambda.</summary>
    public static bool IsScope(SyntaxNode node) => node is FunctionDefStmt or ClassDefStmt or LambdaExpr;

    /// <summary>The body of a def, class or lambda, evaluated in its own scope.</summary>
    public static IEnumerable<SyntaxNode> ScopeBody(SyntaxNode node) => node switch
    {
        FunctionDefStmt f => f.Body,
        ClassDefStmt c => c.Body,
        LambdaExpr l => new SyntaxNode[] { l.Body },
        _ => System.Array.Empty<SyntaxNode>(),
    };

    /// <summary>The statement lists directly inside a compound statement (not inside nested scopes).</summary>
    public static IEnumerable<List<StmtSyntax>> Bodies(StmtSyntax statement)
    {
        switch (statement)
        {
            case ForStmt f: yield return f.Body; yield return f.OrElse; break;
            case WhileStmt w: yield return w.Body; yield return w.OrElse; break;
            case IfStmt i: yield return i.Body; yield return i.OrElse; break;
            case WithStmt w: yield return w.Body; break;
            case TryStmt t:
                yield return t.Body;
                foreach (var h in t.Handlers) yield return h.Body;
                yield return t.OrElse;
                yield return t.FinalBody;
                break;
        }
    }

    /// <summary>
    /// Structural equality of two target-like expressions: the same name, the same attribute of
    /// the same object, the same subscript. What makes <c>x = x + 1</c> a read-modify-write.
    /// </summary>
    public static bool AreSame(ExprSyntax a, ExprSyntax b)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return (a, b) switch
        {
            (NameExpr x, NameExpr y) => x.Id == y.Id,
            (AttributeExpr x, AttributeExpr y) => x.Attr == y.Attr && AreSame(x.Value, y.Value),
            (SubscriptExpr x, SubscriptExpr y) => AreSame(x.Value, y.Value) && AreSame(x.Slice, y.Slice),
            (ConstantExpr x, ConstantExpr y) => x.Value.Equals(y.Value),
            (TupleExpr x, TupleExpr y) => SameList(x.Elts, y.Elts),
            (BinOpExpr x, BinOpExpr y) => x.Op == y.Op && AreSame(x.Left, y.Left) && AreSame(x.Right, y.Right),
            (UnaryOpExpr x, UnaryOpExpr y) => x.Op == y.Op && AreSame(x.Operand, y.Operand),
            _ => false,
        };
    }

    private static bool SameList(List<ExprSyntax> a, List<ExprSyntax> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++) if (!AreSame(a[i], b[i])) return false;
        return true;
    }
}
