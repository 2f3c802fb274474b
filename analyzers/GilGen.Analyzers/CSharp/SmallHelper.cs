using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// A small helper a check-then-act goes through: a method or property getter of the caller's own
/// object (or a static one) whose body is one statement, possibly inside one <c>lock</c>:
/// <c>bool Has(string n) { lock (_gate) return _names.Contains(n); }</c>,
/// <c>int Count { get { lock (_gate) return _items.Count; } }</c>,
/// <c>void Drop(string n) { lock (_gate) _names.Remove(n); }</c>. The helper's own lock is released
/// when it returns, so <c>if (Has(n)) Drop(n);</c> tests and changes <c>_names</c> with no lock across
/// both. Only code that a call runs exactly (no virtual, abstract or override member) in the caller's
/// file, called on <c>this</c> (implicitly) or statically, so that its fields mean the same at the call.
/// </summary>
internal static class SmallHelper
{
    /// <summary>The expression the helper that <paramref name="call"/> runs returns (<c>_names.Contains(n)</c>), or null.</summary>
    public static IOperation? Returned(IOperation call)
        => Statement(call) is IReturnOperation { ReturnedValue: { } value } ? value : null;

    /// <summary>The one statement (inside its lock) of the helper that <paramref name="call"/> runs, or null.</summary>
    public static IOperation? Statement(IOperation call)
    {
        ISymbol? member;
        IOperation? instance;
        switch (call)
        {
            case IInvocationOperation invocation:
                member = invocation.TargetMethod;
                instance = invocation.Instance;
                break;
            case IPropertyReferenceOperation { Arguments.IsEmpty: true } property when !OperationShapes.IsWrittenTo(property):
                member = property.Property.GetMethod;
                instance = property.Instance;
                break;
            default:
                return null;
        }
        if (member is not IMethodSymbol method || method.IsVirtual || method.IsAbstract || method.IsOverride || method.IsExtern
            || method.DeclaringSyntaxReferences.Length != 1 || call.SemanticModel is not { } model) return null;
        if (instance is not (null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance })) return null;
        var reference = method.DeclaringSyntaxReferences[0];
        if (reference.SyntaxTree != call.Syntax.SyntaxTree) return null;
        SyntaxNode? body = reference.GetSyntax() switch
        {
            // An arrow body is a block of one return (or one expression statement when void).
            MethodDeclarationSyntax declaration => (SyntaxNode?)declaration.Body ?? declaration.ExpressionBody,
            AccessorDeclarationSyntax accessor => (SyntaxNode?)accessor.Body ?? accessor.ExpressionBody,
            ArrowExpressionClauseSyntax arrow => arrow,
            _ => null,
        };
        return body is not null && model.GetOperation(body) is { } operation ? Single(operation) : null;
    }

    // A block of one statement, a lock around one: that statement.
    private static IOperation? Single(IOperation operation)
    {
        for (var depth = 0; depth < 4; depth++)
        {
            switch (operation)
            {
                case IBlockOperation { Operations.Length: 1 } block:
                    operation = block.Operations[0];
                    continue;
                case ILockOperation { Body: { } body }:
                    operation = body;
                    continue;
                case IReturnOperation or IExpressionStatementOperation:
                    return operation;
                default:
                    return null;
            }
        }
        return null;
    }
}
