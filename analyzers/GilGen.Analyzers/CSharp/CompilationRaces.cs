using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// The GIL2001/GIL2004/GIL2005/GIL2006 diagnostics of one compilation, computed once, on first demand,
/// and kept for every document's callbacks. The rules need the whole compilation (which code runs on
/// which thread, what calls what, which locks callers hold), but an IDE analyzing the open document runs
/// only that document's callbacks and no compilation-end action; so the facts are collected here by
/// <see cref="TreeFacts"/> from every tree that is not generated code, then judged by
/// <see cref="SharedFieldRaces"/>, and each operation block reports the diagnostics inside it.
/// </summary>
internal sealed class CompilationRaces
{
    private readonly Compilation _compilation;
    private readonly AnalyzerOptions _options;
    private readonly object _gate = new();
    private Dictionary<SyntaxTree, List<Diagnostic>>? _byTree;
    private ExceptionDispatchInfo? _failure;

    public CompilationRaces(Compilation compilation, AnalyzerOptions options)
    {
        _compilation = compilation;
        _options = options;
    }

    /// <summary>The diagnostics located inside <paramref name="span"/> of <paramref name="tree"/>.</summary>
    public IEnumerable<Diagnostic> In(SyntaxTree tree, TextSpan span, CancellationToken cancellationToken)
    {
        if (!Compute(cancellationToken).TryGetValue(tree, out var diagnostics)) yield break;
        foreach (var diagnostic in diagnostics)
            if (span.Contains(diagnostic.Location.SourceSpan)) yield return diagnostic;
    }

    // Once per compilation: the first caller computes while the others wait. A cancelled computation is
    // not kept (the next caller starts again); an analyzer failure is, and is thrown to every caller.
    private Dictionary<SyntaxTree, List<Diagnostic>> Compute(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _failure?.Throw();
            if (_byTree is not null) return _byTree;
            try
            {
                var facts = new RaceFacts(CallerHeldLocks.ScopeFor(_compilation));
                // Every tree but generated ones, whose code the rules leave out as a whole (they report
                // nothing there, and take no facts from it, as before): for 16 snippets, binding their
                // ~9,000 generated lines cost seconds. Every other tree's facts go into one RaceFacts,
                // so facts that cross files are kept.
                foreach (var tree in _compilation.SyntaxTrees)
                {
                    if (GeneratedSource.Is(tree, _options, cancellationToken)) continue;
                    TreeFacts.Collect(ModelOf(tree), facts, cancellationToken);
                }

                var byTree = new Dictionary<SyntaxTree, List<Diagnostic>>();
                SharedFieldRaces.Report(facts, diagnostic =>
                {
                    var tree = diagnostic.Location.SourceTree!;
                    if (!byTree.TryGetValue(tree, out var list)) byTree[tree] = list = new List<Diagnostic>();
                    list.Add(diagnostic);
                });
                return _byTree = byTree;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                _failure = ExceptionDispatchInfo.Capture(exception);
                throw;
            }
        }
    }

    // The facts of other documents than the one analyzed are needed, so their models too.
    [SuppressMessage("MicrosoftCodeAnalysisPerformance", "RS1030:Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer",
        Justification = "The rules need every document's facts, whichever document the IDE analyzes; each model is made once per compilation.")]
    private SemanticModel ModelOf(SyntaxTree tree) => _compilation.GetSemanticModel(tree);
}
