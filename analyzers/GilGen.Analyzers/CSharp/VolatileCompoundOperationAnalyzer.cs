using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// GIL2002: <c>++</c>, <c>--</c>, a compound assignment or <c>x = x op y</c> on a <c>volatile</c>
/// field, wherever it is, unless a lock is held — locally or by every caller of the helper it is in.
/// volatile orders each read and each write; it does not make the pair one step. Construction code
/// (<see cref="ConstructionCode"/>) is exempt: nothing else sees the field yet. On a volatile field
/// this is the only read-modify-write rule: GIL2001 leaves volatile fields to it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class VolatileCompoundOperationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.VolatileCompoundOperation);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSymbolStartAction(OnTypeStart, SymbolKind.NamedType);
    }

    private static void OnTypeStart(SymbolStartAnalysisContext context)
    {
        var checks = new DeferredLockChecks();
        context.RegisterOperationAction(
            c => AnalyzeReadModifyWrite(c, checks),
            OperationKind.Increment, OperationKind.Decrement, OperationKind.CompoundAssignment, OperationKind.SimpleAssignment);
        context.RegisterOperationAction(
            c =>
            {
                if (CallerHeldLocks.TryRecord(c.Operation, c.ContainingSymbol, LambdaLockPolicy.InheritFromSynchronousCall, HelperScope.PrivateMembers, out var call))
                    checks.AddCall(call);
            },
            OperationKind.Invocation, OperationKind.MethodReference);
        context.RegisterSymbolEndAction(checks.ReportUnsatisfied);
    }

    private static void AnalyzeReadModifyWrite(OperationAnalysisContext context, DeferredLockChecks checks)
    {
        var operation = context.Operation;
        if (!ReadModifyWrite.TryGetTarget(operation, out var target)) return;
        if (target is not IFieldReferenceOperation { Field: { IsVolatile: true } field } reference) return;

        var held = HeldLocks.At(operation, context.ContainingSymbol, LambdaLockPolicy.InheritFromSynchronousCall);
        if (held.Any) return;
        if (ConstructionCode.Builds(context.ContainingSymbol, held.UnitIsMember, field, reference.Instance)) return;

        var diagnostic = Diagnostic.Create(
            DiagnosticDescriptors.VolatileCompoundOperation, operation.Syntax.GetLocation(),
            DiagnosticText.Operation(operation), DiagnosticText.Variable(field));
        if (held.Unit.Symbol is IMethodSymbol unit && CallerHeldLocks.IsHelper(unit, HelperScope.PrivateMembers))
            checks.Defer(held.Unit, locks => locks.Count > 0, diagnostic);
        else
            context.ReportDiagnostic(diagnostic);
    }
}
