using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using static GilGen.Analyzers.CSharp.ReadModifyWrite;

namespace GilGen.CodeFixes.CSharp;

/// <summary>
/// A read-modify-write that GIL2001 or GIL2002 reported (<c>counter++</c>, <c>x += k</c>,
/// <c>x = x + k</c>, <c>total *= 2</c>…), understood well enough to rewrite: the expression, the
/// field or property it writes, what it does to it and what happens to its value.
/// </summary>
/// <remarks>
/// It is read from the original document, where the semantic model is. The rewrites run later on
/// an edited tree, in which a nested read-modify-write may already be rewritten (<c>x += y++</c>),
/// so they find the target and the delta again by shape (<see cref="TargetIn"/>, <see cref="DeltaIn"/>)
/// rather than by keeping the original nodes.
/// </remarks>
internal sealed class ReadModifyWrite
{
    private ReadModifyWrite(
        ExpressionSyntax expression, IOperation operation, ISymbol member, ITypeSymbol type,
        ReadModifyWriteOperator @operator, bool isPostfix, bool deltaIsLeftOperand, bool isChecked)
    {
        Expression = expression;
        Operation = operation;
        Member = member;
        Type = type;
        Operator = @operator;
        IsPostfix = isPostfix;
        DeltaIsLeftOperand = deltaIsLeftOperand;
        IsChecked = isChecked;
    }

    /// <summary>The whole read-modify-write, where the diagnostic is: <c>counter++</c>, <c>x += k</c>, <c>x = x + k</c>.</summary>
    public ExpressionSyntax Expression { get; }

    /// <summary>The operation of <see cref="Expression"/>.</summary>
    public IOperation Operation { get; }

    /// <summary>The field (an <see cref="IFieldSymbol"/>) or property (an <see cref="IPropertySymbol"/>) written.</summary>
    public ISymbol Member { get; }

    /// <summary>The type of <see cref="Member"/>.</summary>
    public ITypeSymbol Type { get; }

    /// <summary>What the expression does to <see cref="Member"/>.</summary>
    public ReadModifyWriteOperator Operator { get; }

    /// <summary><c>x++</c> or <c>x--</c>: the value of the expression is the value before the update.</summary>
    public bool IsPostfix { get; }

    /// <summary>In <c>x = k + x</c> the delta is the left operand of the addition.</summary>
    public bool DeltaIsLeftOperand { get; }

    /// <summary>The arithmetic is checked (a <c>checked</c> context or CheckForOverflowUnderflow).</summary>
    public bool IsChecked { get; }

    /// <summary>
    /// The value is thrown away: the expression is a statement, a <c>for</c> incrementor or the
    /// expression body of something that returns nothing (C# treats all of these as expression statements).
    /// </summary>
    public bool ValueIsDiscarded => Operation.Parent is IExpressionStatementOperation;

    /// <summary>The value is what a <c>return</c> (written or implied by an expression body) returns.</summary>
    public bool ValueIsReturned
    {
        get
        {
            var parent = Operation.Parent;
            while (parent is IConversionOperation { IsImplicit: true }) parent = parent.Parent;
            return parent is IReturnOperation { Kind: OperationKind.Return };
        }
    }

    /// <summary>
    /// The read-modify-write at <paramref name="span"/>, the location of a GIL2001 or GIL2002
    /// diagnostic, or null when there is none that the fixes understand. A diagnostic on the
    /// whole statement (<c>counter++;</c>) is accepted too.
    /// </summary>
    public static ReadModifyWrite? Find(SyntaxNode root, TextSpan span, SemanticModel model, CancellationToken cancellationToken)
    {
        if (!root.FullSpan.Contains(span)) return null;
        var node = root.FindNode(span, getInnermostNodeForTie: true);
        if (node is ExpressionStatementSyntax statement && statement.Span == span)
        {
            node = statement.Expression;
            span = node.Span;
        }
        for (var candidate = node; candidate is not null && candidate.Span == span; candidate = candidate.Parent)
        {
            if (candidate is ExpressionSyntax expression && IsReadModifyWriteSyntax(expression))
                return Create(expression, model, cancellationToken);
        }
        return null;
    }

    /// <summary>The target (<c>x</c>, <c>this.x</c>, <c>Type.x</c>, <c>obj.x</c>) in <paramref name="current"/>, <see cref="Expression"/> as edited so far.</summary>
    public ExpressionSyntax TargetIn(ExpressionSyntax current) => current switch
    {
        PostfixUnaryExpressionSyntax postfix => postfix.Operand,
        PrefixUnaryExpressionSyntax prefix => prefix.Operand,
        _ => ((AssignmentExpressionSyntax)current).Left,
    };

    /// <summary>The <c>k</c> of <c>x += k</c>, <c>x = x - k</c> or <c>x = k + x</c> in <paramref name="current"/>; null for ++ and --.</summary>
    public ExpressionSyntax? DeltaIn(ExpressionSyntax current)
    {
        if (current is not AssignmentExpressionSyntax assignment) return null;
        if (!assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)) return assignment.Right;
        var binary = ArithmeticOf(assignment.Right);
        return binary is null ? null : DeltaIsLeftOperand ? binary.Left : binary.Right;
    }

    private static bool IsReadModifyWriteSyntax(ExpressionSyntax expression) =>
        expression.Kind() is SyntaxKind.PostIncrementExpression or SyntaxKind.PostDecrementExpression
            or SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression
        || expression is AssignmentExpressionSyntax;

    private static ReadModifyWrite? Create(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        var operation = model.GetOperation(expression, cancellationToken);
        IOperation target;
        var @operator = ReadModifyWriteOperator.Other;
        var isPostfix = false;
        var deltaIsLeft = false;
        var isChecked = false;
        switch (operation)
        {
            case IIncrementOrDecrementOperation step:
                target = step.Target;
                if (step.OperatorMethod is null)
                    @operator = step.Kind == OperationKind.Increment ? ReadModifyWriteOperator.Increment : ReadModifyWriteOperator.Decrement;
                isPostfix = step.IsPostfix;
                isChecked = step.IsChecked;
                break;

            case ICompoundAssignmentOperation compound:
                target = compound.Target;
                if (compound.OperatorMethod is null)
                    @operator = ArithmeticOperator(compound.OperatorKind);
                isChecked = compound.IsChecked;
                break;

            case ICoalesceAssignmentOperation coalesce:
                // x ??= y: no Interlocked form of its own here (Other); the lock fix covers it.
                target = coalesce.Target;
                break;

            case ISimpleAssignmentOperation simple:
                target = simple.Target;
                // x = x + k, x = x - k and x = k + x are Add and Subtract; x = k - x, x = x * k… stay Other.
                // "The same x" is decided as the analyzer decides it (a field of the same receiver).
                if (simple.Value is IBinaryOperation { OperatorMethod: null } binary
                    && ArithmeticOf(((AssignmentExpressionSyntax)expression).Right) is { } binarySyntax
                    && binarySyntax == binary.Syntax
                    && SymbolEqualityComparer.Default.Equals(binary.Type, simple.Target.Type)
                    && ArithmeticOperator(binary.OperatorKind) is var kind and not ReadModifyWriteOperator.Other)
                {
                    if (SameVariable(binary.LeftOperand, target))
                        @operator = kind;
                    else if (kind == ReadModifyWriteOperator.Add && SameVariable(binary.RightOperand, target))
                        (@operator, deltaIsLeft) = (kind, true);
                    isChecked = binary.IsChecked;
                }
                break;

            default:
                return null;
        }

        (ISymbol Symbol, ITypeSymbol Type)? member = target switch
        {
            IFieldReferenceOperation field => (field.Field, field.Field.Type),
            IPropertyReferenceOperation { Arguments.IsEmpty: true } property => (property.Property, property.Property.Type),
            _ => null,
        };
        return member is { } m
            ? new ReadModifyWrite(expression, operation, m.Symbol, m.Type, @operator, isPostfix, deltaIsLeft, isChecked)
            : null;
    }

    private static ReadModifyWriteOperator ArithmeticOperator(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.Add => ReadModifyWriteOperator.Add,
        BinaryOperatorKind.Subtract => ReadModifyWriteOperator.Subtract,
        _ => ReadModifyWriteOperator.Other,
    };

    /// <summary>The binary expression of <c>x = (x + k)</c> or <c>x = checked(x + k)</c>: parentheses and checked/unchecked are not operations.</summary>
    private static BinaryExpressionSyntax? ArithmeticOf(ExpressionSyntax value)
    {
        while (true)
        {
            switch (value)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    value = parenthesized.Expression;
                    break;
                case CheckedExpressionSyntax @checked:
                    value = @checked.Expression;
                    break;
                default:
                    return value as BinaryExpressionSyntax;
            }
        }
    }
}
