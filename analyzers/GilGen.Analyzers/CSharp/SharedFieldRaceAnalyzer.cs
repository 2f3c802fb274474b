using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// GIL2001 (read-modify-write of a shared field without synchronization), GIL2004 (a field written
/// with a lock in one place and without in another), GIL2005 (check-then-act on shared state) and
/// GIL2006 (a collection that is not thread-safe changed from several threads). All need the whole compilation — which code
/// runs on which thread, what calls what — so each member's facts are collected as it is analyzed
/// (<see cref="MemberFactCollector"/>) and judged at the end (<see cref="SharedFieldRaces"/>). One
/// analyzer owns both ids so that a statement gets at most one of them.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SharedFieldRaceAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.SharedFieldReadModifyWrite, DiagnosticDescriptors.InconsistentSynchronization,
            DiagnosticDescriptors.SharedCheckThenAct, DiagnosticDescriptors.SharedCollectionMutation);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var facts = new RaceFacts(CallerHeldLocks.ScopeFor(context.Compilation));
        context.RegisterSymbolAction(c => facts.Dispatch.AddType((INamedTypeSymbol)c.Symbol), SymbolKind.NamedType);
        context.RegisterOperationBlockStartAction(block =>
        {
            var collector = new MemberFactCollector(block.OwningSymbol, facts);
            block.RegisterOperationAction(collector.OnWrite, MemberFactCollector.WriteKinds);
            block.RegisterOperationAction(collector.OnReference, MemberFactCollector.ReferenceKinds);
            block.RegisterOperationAction(collector.OnCall, MemberFactCollector.CallKinds);
            block.RegisterOperationAction(collector.OnConditional, MemberFactCollector.ConditionalKinds);
            block.RegisterOperationAction(collector.OnImplicitCall, ImplicitCalls.Kinds);
            block.RegisterOperationBlockEndAction(collector.Flush);
        });
        context.RegisterCompilationEndAction(end => SharedFieldRaces.Report(facts, end.ReportDiagnostic));
    }
}
