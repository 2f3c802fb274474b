using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace GilGen.CodeFixes.CSharp;

/// <summary>
/// Parentheses for expressions the rewrites move into a new context. Decided from the syntax
/// alone, so the output does not depend on the simplifier's parentheses preferences: an operand
/// keeps its meaning after <c>-</c> or <c>0U -</c>, and a rewritten value (<c>Interlocked.Increment(ref x) - 1</c>)
/// keeps its meaning where <c>x++</c> stood.
/// </summary>
internal static class Parenthesizer
{
    /// <summary><paramref name="operand"/>, in parentheses unless it binds tighter than any unary or binary operator.</summary>
    public static ExpressionSyntax AsOperand(ExpressionSyntax operand) =>
        IsPrimary(operand) ? operand : ParenthesizedExpression(operand);

    /// <summary>
    /// <paramref name="replacement"/> for <paramref name="original"/>, in parentheses unless the
    /// original's parent takes any expression whole (an argument, an initializer, a return…).
    /// </summary>
    public static ExpressionSyntax InPlaceOf(ExpressionSyntax original, ExpressionSyntax replacement)
    {
        if (IsPrimary(replacement)) return replacement;
        var takesWholeExpression = original.Parent switch
        {
            ArgumentSyntax or EqualsValueClauseSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax
                or ParenthesizedExpressionSyntax or ExpressionStatementSyntax or YieldStatementSyntax
                or InitializerExpressionSyntax or InterpolationSyntax or ThrowStatementSyntax => true,
            AssignmentExpressionSyntax assignment => assignment.Right == original,
            LambdaExpressionSyntax lambda => lambda.ExpressionBody == original,
            CheckedExpressionSyntax => true,
            _ => false,
        };
        return takesWholeExpression ? replacement : ParenthesizedExpression(replacement);
    }

    /// <summary>A primary expression: a name, a member access, a call, an element access, a literal, parentheses…</summary>
    private static bool IsPrimary(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax or GenericNameSyntax or QualifiedNameSyntax or AliasQualifiedNameSyntax
            or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax
            or ParenthesizedExpressionSyntax or ThisExpressionSyntax or BaseExpressionSyntax
            or TypeOfExpressionSyntax or DefaultExpressionSyntax or SizeOfExpressionSyntax
            or CheckedExpressionSyntax or ObjectCreationExpressionSyntax or PredefinedTypeSyntax => true,
        // A negative literal is a unary minus in syntax already; a positive numeric literal is primary.
        LiteralExpressionSyntax => true,
        // x++, x-- and x! bind tighter than any prefix or binary operator.
        PostfixUnaryExpressionSyntax => true,
        _ => false,
    };
}
