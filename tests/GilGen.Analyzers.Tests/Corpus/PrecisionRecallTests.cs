using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using GilGen.Analyzers.Tests.Robustness;
using Xunit.Abstractions;

namespace GilGen.Analyzers.Tests.Corpus;

/// <summary>
/// Precision and recall of GIL1001 and GIL2001–GIL2004 on the held-out corpus (<see cref="CorpusCases"/>):
/// every exported analyzer runs on every case; a label and a diagnostic match when the id is one
/// of the label's and the spans overlap in the same file (the exact span is the unit tests'
/// business; here the question is whether the right statement got the right rule). Writes the
/// table, the misses and the false alarms to the test output and to precision-recall.txt beside
/// the test assembly.
/// </summary>
public sealed class PrecisionRecallTests(ITestOutputHelper output)
{
    private static readonly string[] Rules = ["GIL1001", "GIL2001", "GIL2002", "GIL2003", "GIL2004"];

    // The floors, for the corpus as a whole. Precision comes first (docs/architecture/design.md §6: "no report where
    // the evidence of concurrency is missing (high signal beats recall)"): a rule that cries wolf
    // gets switched off, so at most one report in ten may be wrong, and the corpus holds a few
    // deliberate traps (a single writer thread, per-thread objects, SemaphoreSlim, a helper only
    // called under the lock) that cost precision honestly. Recall may be lower: the corpus also
    // holds races that need more than the rules' evidence (async continuations, a helper called
    // both with and without the lock, shared objects reached through parameters), and missing
    // those is the documented trade-off — but an analyzer that finds fewer than seven real races
    // in ten of these ordinary programs is not doing its job.
    private const double PrecisionFloor = 0.90;
    private const double RecallFloor = 0.70;

    [Fact]
    public async Task Precision_and_recall_on_the_held_out_corpus_are_above_the_floor()
    {
        var analyzers = ExportedAnalyzers.Create();
        Assert.NotEmpty(analyzers);
        var cases = CorpusCases.All;
        Assert.True(cases.Count(c => c.PythonFiles.Count == 0 && !c.Text.Contains("GilModule", StringComparison.Ordinal)) >= 40, "the corpus needs at least 40 C# programs");

        var results = await CorpusEvaluation.EvaluateAllAsync(cases, analyzers, Rules);
        var title = $"GilGen analyzers on the held-out corpus: {results.Length} programs ({results.Count(r => r.Case.PythonFiles.Count == 0 && !r.Case.Text.Contains("GilModule", StringComparison.Ordinal))} C#, the rest with Python snippets), {results.Sum(r => r.Labels.Count)} labelled races.";
        var report = CorpusEvaluation.Report(results, Rules, title, string.Create(CultureInfo.InvariantCulture, $"Floors: precision >= {PrecisionFloor:F2}, recall >= {RecallFloor:F2} (overall)."));
        output.WriteLine(report.Text);
        var file = Path.Combine(AppContext.BaseDirectory, "precision-recall.txt");
        File.WriteAllText(file, report.Text);
        output.WriteLine("Written to " + file);

        var problems = CorpusEvaluation.Problems(results);
        Assert.True(problems.Count == 0, "The corpus itself is broken:\n" + string.Join("\n", problems));
        Assert.True(report.Overall.Precision >= PrecisionFloor, $"precision {report.Overall.Precision:F2} < {PrecisionFloor:F2}\n{report.Text}");
        Assert.True(report.Overall.Recall >= RecallFloor, $"recall {report.Overall.Recall:F2} < {RecallFloor:F2}\n{report.Text}");
    }
}
