using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Analyzers.Snippets;

/// <summary>
/// A statement that reads a target, computes with it and stores the result back: an augmented
/// assignment (<c>n += 1</c>) or <c>x = x op ...</c> (the target is an operand of the operator
/// chain, on either side).
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
            case AssignStmt { Targets.Count: 1 } assign when IsTarget(assign.Targets[0]) && assign.Value is BinOpExpr op:
                var read = FindOperand(op, assign.Targets[0]);
                return read is null ? null : new ReadModifyWrite(statement, assign.Targets[0], read);
            default:
                return null;
        }
    }

    private static bool IsTarget(ExprSyntax target) => target is NameExpr or AttributeExpr or SubscriptExpr;

    // The first operand of the chain a + b - c ... (in evaluation order) that is the target.
    private static ExprSyntax? FindOperand(ExprSyntax expression, ExprSyntax target)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (expression is BinOpExpr op) return FindOperand(op.Left, target) ?? FindOperand(op.Right, target);
        return PythonSyntax.AreSame(expression, target) ? expression : null;
    }
}
