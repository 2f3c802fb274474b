using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// A statement that C#'s reachability rules make reachable on sight, so that
/// <see cref="OperationShapes.IsReachable"/> need not ask for a flow analysis (which walks the whole
/// member body once per question: in a build, once per write of every member). Evident: a statement of
/// a method, constructor, operator or accessor body whose every earlier statement is straight-line
/// code (an expression statement or a local declaration without a <c>throw</c> expression, an empty
/// statement), recursively through the blocks, <c>lock</c>, <c>using</c>, <c>fixed</c>,
/// <c>checked</c>, <c>unsafe</c> and <c>try</c> blocks, loop bodies and <c>if</c> branches around
/// it (whose condition is no constant and has no <c>&amp;&amp;</c>, <c>||</c>, <c>??</c>, <c>?:</c>, <c>is</c> or
/// switch expression, through which a constant part could decide it). Anything else — a jump, a label,
/// a switch section, a catch or finally block, a lambda or local function body — is left to the flow
/// analysis, so the answer is the same, only sooner.
/// </summary>
internal static class EvidentReachability
{
    /// <summary>Whether <paramref name="statement"/> is reachable by the rules above; false means "ask the flow analysis".</summary>
    public static bool Of(StatementSyntax statement, SemanticModel model, CancellationToken cancellationToken)
    {
        for (var depth = 0; depth < MaxDepth; depth++)
        {
            switch (statement.Parent)
            {
                case BlockSyntax block:
                    if (!EarlierStatementsAreStraightLine(block, statement)) return false;
                    if (block.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax) return true; // a member body starts reachable
                    statement = block; // a nested block is a statement of what is around it
                    break;
                case ElseClauseSyntax { Parent: IfStatementSyntax conditional } when IsPlainCondition(conditional.Condition, model, cancellationToken):
                    statement = conditional;
                    break;
                default:
                    if (Around(statement, model, cancellationToken) is not { } around) return false;
                    statement = around;
                    break;
            }
        }
        return false;
    }

    // Deep nesting is rare; past this the flow analysis answers.
    private const int MaxDepth = 32;

    /// <summary>The statement whose body <paramref name="body"/> is, when the body starts reachable whenever that statement is; else null.</summary>
    private static StatementSyntax? Around(StatementSyntax body, SemanticModel model, CancellationToken cancellationToken) => body.Parent switch
    {
        LockStatementSyntax or UsingStatementSyntax or FixedStatementSyntax or CheckedStatementSyntax or UnsafeStatementSyntax
            or CommonForEachStatementSyntax or DoStatementSyntax => (StatementSyntax)body.Parent,
        TryStatementSyntax tryStatement when tryStatement.Block == body => tryStatement,
        WhileStatementSyntax loop when IsPlainCondition(loop.Condition, model, cancellationToken) => loop,
        ForStatementSyntax loop when loop.Statement == body && (loop.Condition is null || IsPlainCondition(loop.Condition, model, cancellationToken)) => loop,
        IfStatementSyntax conditional when conditional.Statement == body && IsPlainCondition(conditional.Condition, model, cancellationToken) => conditional,
        _ => null,
    };

    private static bool EarlierStatementsAreStraightLine(BlockSyntax block, StatementSyntax statement)
    {
        foreach (var earlier in block.Statements)
        {
            if (earlier == statement) return true;
            if (!IsStraightLine(earlier)) return false;
        }
        return false;
    }

    // Code whose end is reachable whenever its start is.
    private static bool IsStraightLine(StatementSyntax statement) => statement switch
    {
        EmptyStatementSyntax => true,
        ExpressionStatementSyntax or LocalDeclarationStatementSyntax => !ContainsThrowExpression(statement),
        _ => false,
    };

    private static bool ContainsThrowExpression(SyntaxNode node)
    {
        foreach (var descendant in node.DescendantNodes(n => n is not AnonymousFunctionExpressionSyntax))
        {
            if (descendant is ThrowExpressionSyntax) return true;
        }
        return false;
    }

    // A condition whose both outcomes the flow analysis keeps: not a constant, and without the operators
    // through which a constant part can decide it (`true || x`, a pattern that always matches, `?:`, `??`).
    private static bool IsPlainCondition(ExpressionSyntax condition, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var node in condition.DescendantNodesAndSelf(n => n is not AnonymousFunctionExpressionSyntax))
        {
            if (node.IsKind(SyntaxKind.LogicalAndExpression) || node.IsKind(SyntaxKind.LogicalOrExpression) || node.IsKind(SyntaxKind.CoalesceExpression)
                || node.IsKind(SyntaxKind.IsExpression) || node is IsPatternExpressionSyntax or ConditionalExpressionSyntax or SwitchExpressionSyntax or ThrowExpressionSyntax)
                return false;
        }
        return !model.GetConstantValue(condition, cancellationToken).HasValue;
    }
}
