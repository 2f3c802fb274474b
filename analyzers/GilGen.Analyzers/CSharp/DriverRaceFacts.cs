using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// The <see cref="RaceFacts"/> of a compilation collected from the operation blocks the analyzer driver
/// hands an operation-block action (<see cref="RaceReporting.CompilationEnd"/>), concurrently and in any
/// order, then judged once at compilation end. The driver's blocks come already bound — in a build, by
/// the compiler itself — where <see cref="CompilationRaces"/> binds every document again. Each block's
/// facts are kept apart and merged in the order <see cref="TreeFacts"/> visits them (trees in the
/// compilation's order, blocks in source order), so the judgement, messages included, is the same.
/// </summary>
internal sealed class DriverRaceFacts
{
    private readonly Compilation _compilation;
    private readonly AnalyzerOptions _options;
    private readonly HelperScope _helperScope;
    private readonly List<(SyntaxTree Tree, int Start, int Length, RaceFacts Facts)> _blocks = new();
    private readonly object _gate = new();

    /// <summary>Starts collecting for <paramref name="compilation"/>.</summary>
    public DriverRaceFacts(Compilation compilation, AnalyzerOptions options)
    {
        _compilation = compilation;
        _options = options;
        _helperScope = CallerHeldLocks.ScopeFor(compilation);
    }

    /// <summary>Collects the facts of the blocks of one operation-block callback.</summary>
    public void Add(OperationBlockAnalysisContext context)
    {
        foreach (var block in context.OperationBlocks)
        {
            if (!IsCollected(block, context.OwningSymbol)) continue;
            var facts = new RaceFacts(_helperScope);
            TreeFacts.CollectBlock(block, context.OwningSymbol, facts, context.CancellationToken);
            lock (_gate) _blocks.Add((block.Syntax.SyntaxTree, block.Syntax.SpanStart, block.Syntax.Span.Length, facts));
        }
    }

    /// <summary>Judges the facts collected and reports GIL2001, GIL2004, GIL2005 and GIL2006.</summary>
    public void Report(Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var facts = new RaceFacts(_helperScope);
        var treeOrder = new Dictionary<SyntaxTree, int>();
        foreach (var tree in _compilation.SyntaxTrees)
        {
            treeOrder[tree] = treeOrder.Count;
            if (GeneratedSource.Is(tree, _options, cancellationToken)) continue;
            // Declarations only: no method body is bound for this.
            TreeFacts.AddTypes(ModelOf(tree), tree.GetRoot(cancellationToken), facts, cancellationToken);
        }

        List<(SyntaxTree Tree, int Start, int Length, RaceFacts Facts)> blocks;
        lock (_gate) blocks = new(_blocks);
        blocks.Sort((a, b) =>
        {
            var byTree = Order(treeOrder, a.Tree).CompareTo(Order(treeOrder, b.Tree));
            if (byTree != 0) return byTree;
            var byStart = a.Start.CompareTo(b.Start);
            return byStart != 0 ? byStart : b.Length.CompareTo(a.Length); // an outer block before one it contains
        });
        foreach (var block in blocks)
            facts.Add(block.Facts.Entries, block.Facts.Edges, block.Facts.HelperCalls, block.Facts.Accesses);
        SharedFieldRaces.Report(facts, report);
    }

    private static int Order(Dictionary<SyntaxTree, int> treeOrder, SyntaxTree tree) =>
        treeOrder.TryGetValue(tree, out var index) ? index : int.MaxValue;

    // The blocks OperationBlocks.In yields, and only those: the driver also hands over attributes,
    // parameter default values and enum member values, constants that CompilationRaces never visits
    // (and whose owner, visited twice, would get its static-constructor edge twice).
    private static bool IsCollected(IOperation block, ISymbol owner) =>
        block is not (IAttributeOperation or IParameterInitializerOperation)
        && owner is not IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum };

    [SuppressMessage("MicrosoftCodeAnalysisPerformance", "RS1030:Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer",
        Justification = "Only declared types are read from it, once per tree at compilation end: no body is bound.")]
    private SemanticModel ModelOf(SyntaxTree tree) => _compilation.GetSemanticModel(tree);
}
