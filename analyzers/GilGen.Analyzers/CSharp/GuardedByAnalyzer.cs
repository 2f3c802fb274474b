using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// GIL2003: every read or write of a <see cref="GuardedMember"/> must happen with its lock held — in
/// the enclosing code (lock, Monitor, System.Threading.Lock… see <see cref="HeldLocks"/>) or by every
/// caller of the private helper or local function it is in (<see cref="CallerHeldLocks"/>). A lambda
/// or a local function used as a delegate must take the lock itself: a lock held where it is written
/// is not held when it runs. Exempt: construction code (<see cref="ConstructionCode"/>), object
/// initializers (the object is not published yet) and <c>nameof</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GuardedByAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.GuardedFieldWithoutLock);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        // Attributes are read once per member per compilation, not once per reference.
        var guards = new ConcurrentDictionary<ISymbol, GuardedMember?>(SymbolEqualityComparer.Default);
        var callerLocks = new TypeCallerLocks(context.Compilation, context.Options, LambdaLockPolicy.OwnLocksOnly);
        context.RegisterOperationAction(
            c => AnalyzeReference(c, guards, callerLocks),
            OperationKind.FieldReference, OperationKind.PropertyReference);
    }

    private static void AnalyzeReference(OperationAnalysisContext context, ConcurrentDictionary<ISymbol, GuardedMember?> guards, TypeCallerLocks callerLocks)
    {
        var (member, instance) = context.Operation switch
        {
            IFieldReferenceOperation field => ((ISymbol)field.Field.OriginalDefinition, field.Instance),
            IPropertyReferenceOperation property => (property.Property.OriginalDefinition, property.Instance),
            _ => (null!, null),
        };
        if (member is null) return;
        var guard = guards.GetOrAdd(member, GuardedMember.Read);
        if (guard is null) return;
        if (OperationShapes.IsInsideNameOf(context.Operation)) return;
        if (instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }) return; // new T { Guarded = … }

        var held = HeldLocks.At(context.Operation, context.ContainingSymbol, LambdaLockPolicy.OwnLocksOnly);
        var writes = OperationShapes.IsWrittenTo(context.Operation);
        if (Satisfies(guard, held.Locks, writes)) return;
        if (ConstructionCode.Builds(context.ContainingSymbol, held.UnitIsMember, member, instance)) return;
        // A use in a helper is covered when every caller of the helper holds the lock.
        if (held.Unit.Symbol is IMethodSymbol unit && CallerHeldLocks.IsHelper(unit, HelperScope.PrivateMembers)
            && callerLocks.Satisfies(context.ContainingSymbol, held.Unit, locks => Satisfies(guard, locks, writes), context.CancellationToken))
            return;

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.GuardedFieldWithoutLock, context.Operation.Syntax.GetLocation(),
            DiagnosticText.Variable(member), guard.LockName));
    }

    /// <summary>Whether one of <paramref name="locks"/> is the guard; a write needs it held exclusively (a reader lock guards reads only).</summary>
    private static bool Satisfies(GuardedMember guard, IReadOnlyList<LockId> locks, bool writes)
    {
        foreach (var lockId in locks)
        {
            if (guard.IsSatisfiedBy(lockId) && (lockId.IsExclusive || !writes)) return true;
        }
        return false;
    }
}
