using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// GIL2001 (read-modify-write of a shared field without synchronization), GIL2004 (a field written
/// with a lock in one place and without in another), GIL2005 (check-then-act on shared state) and
/// GIL2006 (a collection that is not thread-safe changed from several threads). All need the whole
/// compilation — which code runs on which thread, what calls what — so the compilation's facts are
/// collected and judged once, on first demand (<see cref="CompilationRaces"/>), and each operation block
/// reports the diagnostics inside it: the IDE shows them on the open document without full-solution
/// analysis. A command-line build asks (<see cref="RaceReporting"/>) for the facts of the blocks the
/// driver hands over instead, judged and reported at compilation end (<see cref="DriverRaceFacts"/>),
/// which binds nothing twice. One analyzer owns the ids so that a statement gets at most one of them.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SharedFieldRaceAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The rules this analyzer reports.</summary>
    internal static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.SharedFieldReadModifyWrite, DiagnosticDescriptors.InconsistentSynchronization,
            DiagnosticDescriptors.SharedCheckThenAct, DiagnosticDescriptors.SharedCollectionMutation);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (RaceReporting.AtCompilationEnd(start.Options))
            {
                // A build: the driver's already-bound blocks give the facts, judged once at the end.
                var collected = new DriverRaceFacts(start.Compilation, start.Options);
                start.RegisterOperationBlockAction(collected.Add);
                start.RegisterCompilationEndAction(end => collected.Report(end.ReportDiagnostic, end.CancellationToken));
                return;
            }

            var races = new CompilationRaces(start.Compilation, start.Options);
            start.RegisterOperationBlockAction(block =>
            {
                foreach (var operation in block.OperationBlocks)
                    foreach (var diagnostic in races.In(operation.Syntax.SyntaxTree, operation.Syntax.Span, block.CancellationToken))
                        block.ReportDiagnostic(diagnostic);
            });
        });
    }
}
