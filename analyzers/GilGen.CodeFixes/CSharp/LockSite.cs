using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace GilGen.CodeFixes.CSharp;

/// <summary>
/// Where a <c>lock</c> can go around one read-modify-write, and how it gets there. Only where the
/// lock covers the update and nothing of what uses its value:
/// <list type="bullet">
/// <item>the statement <c>total *= 2;</c> or <c>return total *= 2;</c> → <c>lock (gate) { total *= 2; }</c>, just that statement;</item>
/// <item>an expression body, of a method, local function, accessor, operator, property or lambda
/// (<c>void Twice() => total *= 2;</c>) → a block body holding the lock, with <c>return</c> when
/// the body returns the value.</item>
/// </list>
/// Elsewhere (<c>var a = total *= 2;</c>, an argument, a <c>for</c> incrementor) there is no site: a
/// lock around the enclosing statement would hold it over more than the update, or end the scope of a
/// declared variable, so only Interlocked is offered there, where it applies.
/// </summary>
internal sealed class LockSite
{
    private readonly bool _returnsValue;

    private LockSite(SyntaxNode node, bool returnsValue)
    {
        Node = node;
        _returnsValue = returnsValue;
    }

    /// <summary>The statement wrapped, or the member, accessor or lambda whose expression body becomes a block.</summary>
    public SyntaxNode Node { get; }

    /// <summary>The site for <paramref name="readModifyWrite"/>, or null when a lock cannot go around just it.</summary>
    public static LockSite? Find(ReadModifyWrite readModifyWrite) =>
        ForExpression(readModifyWrite.Expression, readModifyWrite.Operation);

    /// <summary>
    /// The site for <paramref name="expression"/> (whose operation is <paramref name="operation"/>): its
    /// statement, or the expression body it is, when its value is thrown away or returned; null elsewhere.
    /// </summary>
    public static LockSite? ForExpression(ExpressionSyntax expression, IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation { IsImplicit: true }) parent = parent.Parent;
        var discarded = operation.Parent is IExpressionStatementOperation;
        var returned = parent is IReturnOperation { Kind: OperationKind.Return };
        // await cannot be in a lock body (CS1996); a lambda or local function inside runs later, outside it.
        if (expression.DescendantNodesAndSelf(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
                .OfType<AwaitExpressionSyntax>().Any())
            return null;

        return expression.Parent switch
        {
            ExpressionStatementSyntax statement when discarded => new LockSite(statement, returnsValue: false),
            ReturnStatementSyntax statement when returned => new LockSite(statement, returnsValue: false),
            ArrowExpressionClauseSyntax { Parent: BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax
                    or PropertyDeclarationSyntax or IndexerDeclarationSyntax } arrow when discarded || returned
                => new LockSite(arrow.Parent!, returned),
            LambdaExpressionSyntax lambda when lambda.ExpressionBody == expression && (discarded || returned)
                => new LockSite(lambda, returned),
            _ => null,
        };
    }

    /// <summary>The site that is the statement <paramref name="statement"/> itself (an <c>if</c> a check-then-act fix puts under a lock), or null when it holds an <c>await</c>.</summary>
    public static LockSite? ForStatement(StatementSyntax statement) =>
        statement.DescendantNodesAndSelf(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<AwaitExpressionSyntax>().Any()
            ? null
            : new LockSite(statement, returnsValue: false);

    /// <summary>
    /// <paramref name="current"/>, <see cref="Node"/> as edited so far, with the update in
    /// <c>lock (<paramref name="gate"/>) { … }</c>; annotated for the formatter.
    /// </summary>
    public SyntaxNode Apply(SyntaxNode current, ExpressionSyntax gate)
    {
        if (current is StatementSyntax statement)
        {
            // The statement's comments and indentation stay in front of the lock, its trailing comment
            // inside; the formatter lays out the rest. The statement keeps its indentation too: the
            // formatter moves a multi-line lambda in it by as much as the statement moves, from where
            // the statement starts before formatting.
            var leading = statement.GetLeadingTrivia();
            var indentation = leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia)
                ? TriviaList(leading.Last())
                : TriviaList();
            var locked = Locked(gate, statement.WithLeadingTrivia(indentation)).WithLeadingTrivia(leading);
            // The statement's own line break ends the lock too: an elastic one would make the formatter
            // add a blank line after the block.
            var endOfLine = statement.GetTrailingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            if (endOfLine.IsKind(SyntaxKind.EndOfLineTrivia))
                locked = locked.WithTrailingTrivia(endOfLine);
            // if (ready) total *= 2; → the lock on a line of its own under the if.
            if (Node.Parent is not (BlockSyntax or SwitchSectionSyntax) && !StartsLine(Node))
                locked = locked.WithLeadingTrivia(locked.GetLeadingTrivia().Insert(0, ElasticCarriageReturnLineFeed));
            return locked.WithAdditionalAnnotations(Formatter.Annotation);
        }

        var (body, semicolon) = current switch
        {
            BaseMethodDeclarationSyntax method => (method.ExpressionBody!, method.SemicolonToken),
            LocalFunctionStatementSyntax function => (function.ExpressionBody!, function.SemicolonToken),
            AccessorDeclarationSyntax accessor => (accessor.ExpressionBody!, accessor.SemicolonToken),
            PropertyDeclarationSyntax property => (property.ExpressionBody!, property.SemicolonToken),
            IndexerDeclarationSyntax indexer => (indexer.ExpressionBody!, indexer.SemicolonToken),
            _ => (null, default(SyntaxToken)),
        };
        var expression = body?.Expression ?? (ExpressionSyntax)((LambdaExpressionSyntax)current).ExpressionBody!;
        StatementSyntax update = _returnsValue
            ? ReturnStatement(expression.WithoutTrivia())
            : ExpressionStatement(expression.WithoutTrivia());
        var block = MultilineBlock(Locked(gate, update));
        // What followed the removed semicolon (the end of line, a comment) follows the new closing brace.
        if (semicolon != default)
            block = block.WithCloseBraceToken(block.CloseBraceToken.WithTrailingTrivia(semicolon.TrailingTrivia));

        SyntaxNode converted = current switch
        {
            BaseMethodDeclarationSyntax method => method.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block),
            LocalFunctionStatementSyntax function => function.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block),
            AccessorDeclarationSyntax accessor => accessor.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block),
            // int Next => _next *= 2; is a getter: { get { lock (…) { return _next *= 2; } } }
            PropertyDeclarationSyntax property => property.WithExpressionBody(null).WithSemicolonToken(default)
                .WithAccessorList(Getter(block)),
            IndexerDeclarationSyntax indexer => indexer.WithExpressionBody(null).WithSemicolonToken(default)
                .WithAccessorList(Getter(block)),
            _ => ((LambdaExpressionSyntax)current).WithExpressionBody(null).WithBlock(block.WithCloseBraceToken(
                block.CloseBraceToken.WithTrailingTrivia(((LambdaExpressionSyntax)current).ExpressionBody!.GetTrailingTrivia()))),
        };
        return converted.WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <summary><c>lock (gate) { statement }</c>, on separate lines.</summary>
    private static LockStatementSyntax Locked(ExpressionSyntax gate, StatementSyntax statement) =>
        LockStatement(gate, MultilineBlock(statement));

    /// <summary>
    /// A block with line breaks after <c>{</c> and before <c>}</c>: elastic, so the formatter places
    /// them, but present, so that a block inside a one-line lambda is not kept on one line.
    /// </summary>
    private static BlockSyntax MultilineBlock(StatementSyntax statement)
    {
        var open = Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(ElasticCarriageReturnLineFeed);
        if (!statement.GetTrailingTrivia().Any(SyntaxKind.EndOfLineTrivia))
            statement = statement.WithTrailingTrivia(statement.GetTrailingTrivia().Add(ElasticCarriageReturnLineFeed));
        return Block(open, SingletonList(statement), Token(SyntaxKind.CloseBraceToken));
    }

    private static bool StartsLine(SyntaxNode node) =>
        node.GetFirstToken().GetPreviousToken().TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia);

    private static AccessorListSyntax Getter(BlockSyntax body)
    {
        var list = AccessorList(SingletonList(AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, body.WithoutTrailingTrivia())));
        return list.WithCloseBraceToken(list.CloseBraceToken.WithTrailingTrivia(body.CloseBraceToken.TrailingTrivia));
    }
}
