using System.Threading;
using GilGen.Analyzers.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.CodeFixes.CSharp;

/// <summary>
/// The change of a collection a GIL2006 diagnostic is on (<c>list.Add(x)</c>, <c>map[k] = v</c>), with
/// the variable that holds the collection and the collection's type.
/// </summary>
internal sealed class CollectionMutationSite
{
    private CollectionMutationSite(ExpressionSyntax expression, IOperation operation, ISymbol variable, INamedTypeSymbol type)
    {
        Expression = expression;
        Operation = operation;
        Variable = variable;
        Type = type;
    }

    /// <summary>The call or the indexer assignment.</summary>
    public ExpressionSyntax Expression { get; }

    /// <summary>Its operation.</summary>
    public IOperation Operation { get; }

    /// <summary>The field, local or parameter that holds the collection.</summary>
    public ISymbol Variable { get; }

    /// <summary>The collection's type (<c>List&lt;int&gt;</c>).</summary>
    public INamedTypeSymbol Type { get; }

    /// <summary>The site of the diagnostic at <paramref name="span"/>, or null when it is not on a change of a collection the fixes understand.</summary>
    public static CollectionMutationSite? Find(SyntaxNode root, TextSpan span, SemanticModel model, CancellationToken cancellationToken)
    {
        if (!root.FullSpan.Contains(span)) return null;
        if (root.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax expression || expression.Span != span) return null;
        var operation = model.GetOperation(expression, cancellationToken);
        var mutation = operation is IAssignmentOperation assignment ? assignment.Target : operation;
        if (operation is null || mutation is null || !CollectionMutation.TryGet(mutation, out var collection, out var type)) return null;
        ISymbol? variable = OperationShapes.StripConversions(collection) switch
        {
            IFieldReferenceOperation field => field.Field,
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };
        return variable is null ? null : new CollectionMutationSite(expression, operation, variable, type);
    }
}
