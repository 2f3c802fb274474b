using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// Whether C#'s flow analysis can reach the statement that holds an operation: code after a <c>return</c> or
/// <c>throw</c>, or under <c>if (false)</c>, never runs, so it races with nothing.
/// </summary>
/// <remarks>
/// <para>
/// <c>SemanticModel.AnalyzeControlFlow</c> runs a flow pass over the whole member each
/// time it is asked, and the rules ask for nearly every write, collection change, condition and thread start:
/// the most expensive single call of <see cref="SharedFieldRaceAnalyzer"/>'s fact collection (about a fifth of it in
/// a <c>perf</c> profile of a build of the 84,000-line synthetic project, docs/architecture/design.md).
/// </para>
/// <para>
/// Most statements are reachable for a reason the syntax shows, so that is tried first
/// (<see cref="IsSurelyReachable"/>): going up from the statement to the body it is in, every statement before it
/// in each enclosing block ends normally (an expression statement, a declaration, an <c>if</c> without
/// <c>else</c>, a loop whose condition is not constant, ...), and no condition it sits under is a constant or
/// could be read as one by flow analysis (a <c>true</c>/<c>false</c>/<c>default</c> literal, a constant name, a
/// pattern, a conditional expression). The shortcut only ever answers "reachable"; anything it cannot show, such
/// as a statement after a <c>return</c>, a <c>switch</c> section or a label, goes to flow analysis as before.
/// What a block's statements do is worked out once, however many operations in it ask: an instance serves one
/// operation block (one <see cref="MemberFactCollector"/>, whose callbacks run one after another), so its memory is
/// never shared between threads or compilations (a constant that decides it may be declared in another file,
/// which an edit can change).
/// </para>
/// </remarks>
internal sealed class StatementReachability
{
    // For each block asked about, where its first statement that may not complete starts (int.MaxValue when all
    // surely do): the statements before one that starts no later all complete.
    private readonly Dictionary<BlockSyntax, int> _firstNotCompleting = new();

    /// <summary>
    /// Whether the statement holding <paramref name="operation"/> can run. An expression body (of a member,
    /// lambda or local function) is reachable when its code unit runs.
    /// </summary>
    public bool IsReachable(IOperation operation)
    {
        if (operation.SemanticModel is not { } model) return true;
        for (var node = operation.Syntax; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case LocalFunctionStatementSyntax or BlockSyntax:
                    return true;
                case StatementSyntax statement:
                    if (IsSurelyReachable(statement, model)) return true;
                    try
                    {
                        var flow = model.AnalyzeControlFlow(statement);
                        return flow is null || !flow.Succeeded || flow.StartPointIsReachable;
                    }
                    catch (ArgumentException)
                    {
                        return true; // not a statement flow analysis accepts: assume it runs
                    }
                case AnonymousFunctionExpressionSyntax or MemberDeclarationSyntax:
                    return true;
            }
        }
        return true;
    }

    /// <summary>
    /// True when the syntax alone shows that flow analysis reaches <paramref name="statement"/>'s start; false when
    /// it cannot tell (the statement may still be reachable).
    /// </summary>
    internal bool IsSurelyReachable(StatementSyntax statement, SemanticModel model)
    {
        SyntaxNode node = statement;
        while (true)
        {
            var parent = node.Parent;
            switch (parent)
            {
                // The body of a member, accessor, lambda or local function runs when its code unit does.
                case BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax:
                    return true;
                case BlockSyntax block:
                    if (node.SpanStart > FirstNotSurelyCompleting(block, model)) return false;
                    break;
                case IfStatementSyntax ifStatement:
                    if (!IsSurelyNotConstant(ifStatement.Condition, model)) return false;
                    break;
                case ElseClauseSyntax { Parent: IfStatementSyntax elseOf }:
                    if (!IsSurelyNotConstant(elseOf.Condition, model)) return false;
                    parent = elseOf;
                    break;
                case WhileStatementSyntax whileStatement:
                    if (!IsSurelyNotConstant(whileStatement.Condition, model)) return false;
                    break;
                case ForStatementSyntax forStatement:
                    if (forStatement.Statement != node || forStatement.Condition is { } condition && !IsSurelyNotConstant(condition, model)) return false;
                    break;
                // A body or block that runs whenever the statement around it starts (a catch block can run when the try starts).
                case DoStatementSyntax or CommonForEachStatementSyntax or UsingStatementSyntax or LockStatementSyntax or FixedStatementSyntax
                    or CheckedStatementSyntax or UnsafeStatementSyntax or LabeledStatementSyntax or TryStatementSyntax:
                    break;
                case CatchClauseSyntax { Filter: null } or FinallyClauseSyntax:
                    parent = parent.Parent;
                    break;
                default:
                    return false; // a switch section, a top-level statement, anything else: ask flow analysis
            }
            node = parent!;
        }
    }

    private int FirstNotSurelyCompleting(BlockSyntax block, SemanticModel model)
    {
        if (_firstNotCompleting.TryGetValue(block, out int known)) return known;
        int start = int.MaxValue;
        foreach (var statement in block.Statements)
        {
            if (SurelyCompletes(statement, model)) continue;
            start = statement.SpanStart;
            break;
        }
        _firstNotCompleting[block] = start;
        return start;
    }

    // True when the end of a statement that starts is surely reached: it cannot jump away, and any condition that
    // decides whether it does is not constant. False when that cannot be shown.
    private static bool SurelyCompletes(StatementSyntax statement, SemanticModel model) => statement switch
    {
        // A throw expression can end one (`_ = true ? throw e : 0;`): left to flow analysis.
        ExpressionStatementSyntax or LocalDeclarationStatementSyntax => !HasThrow(statement),
        EmptyStatementSyntax or LocalFunctionStatementSyntax => true,
        YieldStatementSyntax yield => yield.IsKind(SyntaxKind.YieldReturnStatement),
        BlockSyntax block => AllComplete(block, model),
        IfStatementSyntax ifStatement => IsSurelyNotConstant(ifStatement.Condition, model)
            && (ifStatement.Else is null || SurelyCompletes(ifStatement.Statement, model) || SurelyCompletes(ifStatement.Else.Statement, model)),
        WhileStatementSyntax whileStatement => IsSurelyNotConstant(whileStatement.Condition, model),
        ForStatementSyntax forStatement => forStatement.Condition is { } condition && IsSurelyNotConstant(condition, model),
        CommonForEachStatementSyntax => true,
        DoStatementSyntax doStatement => IsSurelyNotConstant(doStatement.Condition, model) && SurelyCompletes(doStatement.Statement, model),
        UsingStatementSyntax { Statement: var body } => SurelyCompletes(body, model),
        LockStatementSyntax { Statement: var body } => SurelyCompletes(body, model),
        FixedStatementSyntax { Statement: var body } => SurelyCompletes(body, model),
        CheckedStatementSyntax { Block: var body } => AllComplete(body, model),
        UnsafeStatementSyntax { Block: var body } => AllComplete(body, model),
        LabeledStatementSyntax { Statement: var body } => SurelyCompletes(body, model),
        TryStatementSyntax tryStatement => AllComplete(tryStatement.Block, model)
            && (tryStatement.Finally is null || AllComplete(tryStatement.Finally.Block, model)),
        _ => false,
    };

    // A `throw` anywhere in the statement's text (in a comment or string too, and then flow analysis decides), found
    // without building the statement's tokens, which cost more than all the rest of this class.
    private static bool HasThrow(StatementSyntax statement)
    {
        var text = statement.SyntaxTree.GetText();
        var span = statement.Span;
        for (int i = span.Start; i + 5 <= span.End; i++)
        {
            if (text[i] == 't' && text[i + 1] == 'h' && text[i + 2] == 'r' && text[i + 3] == 'o' && text[i + 4] == 'w') return true;
        }
        return false;
    }

    private static bool AllComplete(BlockSyntax block, SemanticModel model)
    {
        foreach (var statement in block.Statements)
            if (!SurelyCompletes(statement, model)) return false;
        return true;
    }

    // A condition flow analysis cannot treat as always true or always false. It folds constants, and it follows
    // && || ! and ?: into their operands, so each operand is checked; a literal, a pattern or an `is` anywhere in
    // one (outside a lambda) is left to flow analysis rather than reasoned about here.
    private static bool IsSurelyNotConstant(ExpressionSyntax condition, SemanticModel model)
    {
        switch (condition)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return IsSurelyNotConstant(parenthesized.Expression, model);
            case PrefixUnaryExpressionSyntax prefix when prefix.IsKind(SyntaxKind.LogicalNotExpression):
                return IsSurelyNotConstant(prefix.Operand, model);
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.LogicalAndExpression) || binary.IsKind(SyntaxKind.LogicalOrExpression):
                return IsSurelyNotConstant(binary.Left, model) && IsSurelyNotConstant(binary.Right, model);
        }
        foreach (var part in condition.DescendantNodesAndSelf(n => n is not AnonymousFunctionExpressionSyntax))
        {
            switch (part.Kind())
            {
                case SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression or SyntaxKind.DefaultLiteralExpression
                    or SyntaxKind.DefaultExpression or SyntaxKind.IsPatternExpression or SyntaxKind.IsExpression
                    or SyntaxKind.ConditionalExpression or SyntaxKind.SwitchExpression:
                    return false;
            }
        }
        return !model.GetConstantValue(condition).HasValue;
    }
}
