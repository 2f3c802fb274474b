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
        context.RegisterCompilationStartAction(start =>
        {
            var callerLocks = new TypeCallerLocks(start.Compilation, start.Options, LambdaLockPolicy.InheritFromSynchronousCall);
            start.RegisterOperationAction(
                c => AnalyzeReadModifyWrite(c, callerLocks),
                OperationKind.Increment, OperationKind.Decrement, OperationKind.CompoundAssignment, OperationKind.SimpleAssignment);
        });
    }

    private static void AnalyzeReadModifyWrite(OperationAnalysisContext context, TypeCallerLocks callerLocks)
    {
        var operation = context.Operation;
        if (!ReadModifyWrite.TryGetTarget(operation, out var target)) return;
        if (target is not IFieldReferenceOperation { Field: { IsVolatile: true } field } reference) return;

        var held = HeldLocks.At(operation, context.ContainingSymbol, LambdaLockPolicy.InheritFromSynchronousCall);
        if (held.Any) return;
        if (ConstructionCode.Builds(context.ContainingSymbol, held.UnitIsMember, field, reference.Instance)) return;
        // A helper's every caller holding a lock makes it one step.
        if (held.Unit.Symbol is IMethodSymbol unit && CallerHeldLocks.IsHelper(unit, HelperScope.PrivateMembers)
            && callerLocks.Satisfies(context.ContainingSymbol, held.Unit, locks => locks.Count > 0, context.CancellationToken))
            return;

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.VolatileCompoundOperation, operation.Syntax.GetLocation(),
            DiagnosticText.Operation(operation), DiagnosticText.Variable(field)));
    }
}
