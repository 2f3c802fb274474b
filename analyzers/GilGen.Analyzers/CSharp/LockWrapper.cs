using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// A small helper that takes or releases a lock for its caller (<c>void TakeLock(ref bool taken) =&gt;
/// Monitor.Enter(_gate, ref taken);</c>, <c>void ReleaseLock() =&gt; _spin.Exit();</c>): a call of it is
/// that acquire or release. Only a non-public, non-virtual method in the same file whose body is one
/// or two statements holding exactly one lock call; a <c>TryEnter</c> with a finite timeout is not an
/// acquire (the caller may go on without the lock), unless the helper returns whether it got the lock
/// (<c>bool TakeLock(ref bool taken) { Monitor.TryEnter(_gate, 1, ref taken); return taken; }</c>): that is a
/// try-acquire, held where the caller's test of it succeeded.
/// </summary>
internal static class LockWrapper
{
    /// <summary>What a call of <paramref name="invocation"/>'s method does to a lock, on which object (an operation in its body), and in which mode.</summary>
    public static LockCallKind Classify(IInvocationOperation invocation, out IOperation? lockObject, out LockMode mode)
    {
        lockObject = null;
        mode = LockMode.Exclusive;
        var method = invocation.TargetMethod;
        if (method.IsVirtual || method.IsAbstract || method.IsOverride || method.DeclaredAccessibility == Accessibility.Public
            || method.DeclaringSyntaxReferences.Length != 1 || invocation.SemanticModel is not { } model) return LockCallKind.None;
        var reference = method.DeclaringSyntaxReferences[0];
        if (reference.SyntaxTree != invocation.Syntax.SyntaxTree) return LockCallKind.None;
        SyntaxNode? body = reference.GetSyntax() switch
        {
            MethodDeclarationSyntax declaration => (SyntaxNode?)declaration.Body ?? declaration.ExpressionBody?.Expression,
            LocalFunctionStatementSyntax local => (SyntaxNode?)local.Body ?? local.ExpressionBody?.Expression,
            _ => null,
        };
        if (body is null || body is BlockSyntax { Statements.Count: > 2 } || model.GetOperation(body) is not { } operation) return LockCallKind.None;

        var found = LockCallKind.None;
        var returnsBool = method.ReturnType.SpecialType == SpecialType.System_Boolean;
        foreach (var descendant in operation.DescendantsAndSelf())
        {
            if (descendant is not IInvocationOperation call) continue;
            var kind = LockPrimitives.Classify(call, out var lockedObject, out var lockMode);
            if (kind == LockCallKind.None) continue;
            if (found != LockCallKind.None) return LockCallKind.None;
            // A helper returning whether it got the lock (`return taken;` after a TryEnter) is a try-acquire:
            // its caller tests the result, as it would test the TryEnter.
            if (returnsBool && (kind == LockCallKind.TryAcquire || (kind == LockCallKind.Acquire && IsTimed(call)))) kind = LockCallKind.TryAcquire;
            else if (kind is not (LockCallKind.Acquire or LockCallKind.Release) || IsTimed(call)) return LockCallKind.None;
            found = kind;
            lockObject = lockedObject;
            mode = lockMode;
        }
        return found;
    }

    /// <summary>Whether a TryEnter waits a finite time: any int or TimeSpan argument other than Timeout.Infinite (-1) / Timeout.InfiniteTimeSpan.</summary>
    private static bool IsTimed(IInvocationOperation call)
    {
        if (!call.TargetMethod.Name.StartsWith("TryEnter", System.StringComparison.Ordinal)) return false;
        foreach (var argument in call.Arguments)
        {
            var type = argument.Parameter?.Type;
            if (type is null || argument.Parameter!.RefKind != RefKind.None) continue;
            if (type.SpecialType == SpecialType.System_Int32)
            {
                if (!(argument.Value.ConstantValue is { HasValue: true, Value: -1 })) return true;
            }
            else if (type.Name == "TimeSpan")
            {
                if (OperationShapes.StripConversions(argument.Value) is not IFieldReferenceOperation { Field.Name: "InfiniteTimeSpan" }) return true;
            }
        }
        return false;
    }
}
