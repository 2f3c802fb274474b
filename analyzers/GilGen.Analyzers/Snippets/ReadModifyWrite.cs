using System.Collections.Generic;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Analyzers.Snippets;

/// <summary>
/// A statement that reads a target, computes with it and stores the result back: an augmented
/// assignment (<c>n += 1</c>), <c>x = x op ...</c> (the target is an operand of the operator
/// chain, on either side), <c>x = f(x, ...)</c> (<c>max(x, v)</c>: the target is read anywhere in
/// the value, lambdas aside), or <c>d[k] = d.get(k, ...) op ...</c> (the item read through <c>get</c>).
/// </summary>
/// <param name="Statement">The statement.</param>
/// <param name="Target">What it stores to: a name, an attribute or a subscript.</param>
/// <param name="Read">The expression that reads the target: the target itself for <c>+=</c>, the operand for <c>x = x + 1</c>.</param>
internal sealed record ReadModifyWrite(StmtSyntax Statement, ExprSyntax Target, ExprSyntax Read)
{
    /// <summary>The read-modify-write <paramref name="statement"/> is, or null.</summary>
    public static ReadModifyWrite? Match(StmtSyntax statement)
    {
        switch (statement)
        {
            case AugAssignStmt aug when IsTarget(aug.Target):
                return new ReadModifyWrite(statement, aug.Target, aug.Target);
            case AssignStmt { Targets.Count: 1 } assign when IsTarget(assign.Targets[0]) && assign.Value is BinOpExpr or CallExpr:
                var read = assign.Value is BinOpExpr op ? FindOperand(op, assign.Targets[0]) : null;
                read ??= FindRead(assign.Value, assign.Targets[0]);
                return read is null ? null : new ReadModifyWrite(statement, assign.Targets[0], read);
            default:
                return null;
        }
    }

    private static bool IsTarget(ExprSyntax target) => target is NameExpr or AttributeExpr or SubscriptExpr;

    // The first read of the target inside the value, in source order: the target itself, or for a
    // target d[k] the call d.get(k, ...). Lambdas run later (or never) and do not count.
    private static ExprSyntax? FindRead(ExprSyntax value, ExprSyntax target)
    {
        var pending = new Stack<SyntaxNode>();
        pending.Push(value);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is ExprSyntax e && PythonSyntax.AreSame(e, target)) return e;
            if (node is CallExpr { Func: AttributeExpr { Attr: "get" } getter, Args.Count: >= 1 } call && target is SubscriptExpr item
                && PythonSyntax.AreSame(getter.Value, item.Value) && PythonSyntax.AreSame(call.Args[0], item.Slice))
            {
                return call;
            }
            if (node is LambdaExpr) continue;
            var children = node.ChildNodes();
            for (var i = children.Count - 1; i >= 0; i--) pending.Push(children[i]);
        }
        return null;
    }

    // The first operand of the chain a + b - c ... (in evaluation order) that is the target.
    private static ExprSyntax? FindOperand(ExprSyntax expression, ExprSyntax target)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (expression is BinOpExpr op) return FindOperand(op.Left, target) ?? FindOperand(op.Right, target);
        return PythonSyntax.AreSame(expression, target) ? expression : null;
    }
}
