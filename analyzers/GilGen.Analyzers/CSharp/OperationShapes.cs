using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// How the analyzers see through the wrapping the compiler adds around the expressions they care
/// about: implicit and explicit conversions (<c>(object)gate</c>, a method group converted to a
/// delegate type) and where an operation stands (inside <c>nameof</c>, which evaluates nothing).
/// </summary>
internal static class OperationShapes
{
    /// <summary>The operand under any number of conversions.</summary>
    public static IOperation? StripConversions(IOperation? operation)
    {
        while (operation is IConversionOperation conversion)
            operation = conversion.Operand;
        return operation;
    }

    /// <summary>
    /// Whether the variable <paramref name="reference"/> names is written where it stands: the target of
    /// an assignment (simple, compound, <c>??=</c>, deconstruction), of <c>++</c>/<c>--</c>, or passed
    /// by <c>ref</c>/<c>out</c>.
    /// </summary>
    public static bool IsWrittenTo(IOperation reference)
    {
        var child = reference;
        var parent = reference.Parent;
        while (parent is IConversionOperation or ITupleOperation)
        {
            child = parent;
            parent = parent.Parent;
        }
        return parent switch
        {
            IAssignmentOperation assignment => assignment.Target == child,
            IIncrementOrDecrementOperation => true,
            IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out,
            _ => false,
        };
    }

    /// <summary>
    /// Whether C#'s flow analysis can reach the statement that holds <paramref name="operation"/>: code
    /// after a <c>return</c> or <c>throw</c>, or under <c>if (false)</c>, never runs, so it races with nothing.
    /// An expression body (of a member, lambda or local function) is reachable when its code unit runs.
    /// </summary>
    public static bool IsReachable(IOperation operation)
    {
        if (operation.SemanticModel is not { } model) return true;
        for (var node = operation.Syntax; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case LocalFunctionStatementSyntax or BlockSyntax:
                    return true;
                case StatementSyntax statement:
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

    /// <summary>Whether <paramref name="operation"/> is an argument of <c>nameof</c>, so it reads nothing at run time.</summary>
    public static bool IsInsideNameOf(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is INameOfOperation) return true;
            if (current is IBlockOperation or IAnonymousFunctionOperation or ILocalFunctionOperation) return false;
        }
        return false;
    }
}
