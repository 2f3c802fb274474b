using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// Collects the <see cref="RaceFacts"/> of the one compilation it is run on: thread entries, calls,
/// held locks and storage accesses of every member, as each member's operation blocks are analyzed
/// (<see cref="MemberFactCollector"/>). It reports nothing; <see cref="CompilationRaces"/> runs it over
/// a whole compilation, so that the facts are those of every document, whichever one the IDE analyzes.
/// </summary>
[SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute",
    Justification = "Run only by CompilationRaces over one compilation, never loaded by a compiler.")]
internal sealed class RaceFactCollector : DiagnosticAnalyzer
{
    private readonly object _gate = new();
    private RaceFacts? _facts;

    /// <summary>The facts, once the compilation has been analyzed.</summary>
    public RaceFacts Facts => _facts ?? throw new System.InvalidOperationException("The collector has not run.");

    // The rules the facts are for: an analyzer none of whose diagnostics is enabled is not run.
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => SharedFieldRaceAnalyzer.Descriptors;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var facts = new RaceFacts(CallerHeldLocks.ScopeFor(context.Compilation));
        lock (_gate) _facts = facts;
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
    }
}
