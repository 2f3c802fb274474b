using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// How the analyzers see through the wrapping the compiler adds around the expressions they care
/// about: implicit and explicit conversions (<c>(object)gate</c>, a method group converted to a
/// delegate type) and where an operation stands (inside <c>nameof</c>, which evaluates nothing).
/// Whether the statement holding one can run at all is <see cref="StatementReachability"/>'s question.
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
