using System.Linq;
using System.Threading;
using GilGen.Analyzers.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.CodeFixes.CSharp;

/// <summary>
/// The <c>if</c> of a GIL2005 diagnostic (which is on its condition), with what the analyzer found in
/// it (<see cref="CheckThenAct"/>): the variable tested and changed, and whether it is double-checked.
/// </summary>
internal sealed class CheckThenActSite
{
    private CheckThenActSite(IfStatementSyntax statement, CheckThenActShape shape, ISymbol variable)
    {
        Statement = statement;
        Shape = shape;
        Variable = variable;
    }

    /// <summary>The <c>if</c> statement.</summary>
    public IfStatementSyntax Statement { get; }

    /// <summary>What it tests and changes.</summary>
    public CheckThenActShape Shape { get; }

    /// <summary>The field, local or parameter tested.</summary>
    public ISymbol Variable { get; }

    /// <summary>The site of the diagnostic at <paramref name="span"/>, or null when the span is not the condition of a check-then-act.</summary>
    public static CheckThenActSite? Find(SyntaxNode root, TextSpan span, SemanticModel model, CancellationToken cancellationToken)
    {
        if (!root.FullSpan.Contains(span)) return null;
        var statement = root.FindNode(span, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<IfStatementSyntax>()
            .FirstOrDefault(s => s.Condition.Span == span);
        if (statement is null || model.GetOperation(statement, cancellationToken) is not IConditionalOperation conditional) return null;
        var owner = model.GetEnclosingSymbol(statement.SpanStart, cancellationToken);
        while (owner is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } && owner.ContainingSymbol is { } outer) owner = outer;
        if (owner is null || CheckThenAct.Find(conditional, owner) is not { } shape) return null;
        ISymbol? variable = OperationShapes.StripConversions(shape.CheckedReference) switch
        {
            IFieldReferenceOperation field => field.Field,
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };
        return variable is null ? null : new CheckThenActSite(statement, shape, variable);
    }

    /// <summary>For double-checked initialization: the <c>lock</c> statement that is the whole branch, which alone is the fix.</summary>
    public LockStatementSyntax? InnerLock => Statement.Else is null ? Statement.Statement switch
    {
        LockStatementSyntax inner => inner,
        BlockSyntax { Statements.Count: 1 } block => block.Statements[0] as LockStatementSyntax,
        _ => null,
    } : null;
}
