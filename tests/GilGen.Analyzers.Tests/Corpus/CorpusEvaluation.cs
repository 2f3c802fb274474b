using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using GilGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.Analyzers.Tests.Corpus;

/// <summary>
/// Scores the analyzers against a labelled corpus: every analyzer runs on every case; a label and
/// a diagnostic match when the id is one of the label's and the spans overlap in the same file
/// (the exact span is the unit tests' business; here the question is whether the right statement
/// got the right rule). What no label takes is a false alarm.
/// </summary>
internal static class CorpusEvaluation
{
    /// <summary>A label of the corpus: the ids that count (the first is the one credited) and where.</summary>
    public sealed record Label(string[] Ids, string Path, TextSpan Span, string Text);

    /// <summary>A diagnostic reported on the corpus.</summary>
    public sealed record Reported(string Id, string Path, TextSpan Span, string Text, string Message);

    /// <summary>One case's labels (each with the diagnostic that hit it, if any), false alarms and defects of the case itself.</summary>
    public sealed record CaseResult(CorpusCase Case, List<(Label Label, Reported? Hit)> Labels, List<Reported> FalseAlarms, List<string> Problems);

    /// <summary>True/false positives and false negatives of one rule or of all.</summary>
    public sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives)
    {
        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    /// <summary>The printed table and lists, with the scores per rule and overall.</summary>
    public sealed record ReportResult(string Text, IReadOnlyDictionary<string, Score> PerRule, Score Overall);

    /// <summary>Runs every case in parallel.</summary>
    public static async Task<CaseResult[]> EvaluateAllAsync(IEnumerable<CorpusCase> cases, ImmutableArray<DiagnosticAnalyzer> analyzers, IReadOnlyCollection<string> rules) =>
        await Task.WhenAll(cases.Select(c => Task.Run(() => EvaluateAsync(c, analyzers, rules))));

    /// <summary>The problems that make a case no data point: it does not compile, an analyzer threw, a label names an unknown rule.</summary>
    public static List<string> Problems(IEnumerable<CaseResult> results) =>
        results.SelectMany(r => r.Problems.Select(p => r.Case.Name + ": " + p)).ToList();

    private static async Task<CaseResult> EvaluateAsync(CorpusCase corpusCase, ImmutableArray<DiagnosticAnalyzer> analyzers, IReadOnlyCollection<string> rules)
    {
        var csharpPath = corpusCase.Name + ".cs";
        var sources = new List<(string Path, Markup Markup)> { (csharpPath, Markup.Parse(corpusCase.Text, TestProject.Directory + csharpPath, null)) };
        var python = corpusCase.PythonFiles.Select(p => (p.Path, Markup: Markup.Parse(p.Text, TestProject.Directory + p.Path, null))).ToList();
        var texts = sources.Concat(python).ToDictionary(s => TestProject.Directory + s.Path, s => s.Markup.Text);

        var project = TestProject.Create(sources.Select(s => (s.Path, s.Markup.Text)), python.Select(p => (p.Path, p.Markup.Text)));
        var run = await TestProject.AnalyzeAsync(project, analyzers);

        var problems = new List<string>();
        problems.AddRange(run.Exceptions.Select(e => "analyzer threw: " + e));
        // The corpus is ordinary, compiling code: C# errors or GIL0xxx from the generator mean a broken case, not a data point.
        problems.AddRange(run.Compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => "does not compile: " + d));
        var generatorErrors = await GeneratorErrorsAsync(project);
        problems.AddRange(generatorErrors.Select(d => "snippet does not compile: " + d));

        var labels = sources.Concat(python).SelectMany(s => s.Markup.Expected)
            .Select(e => new Label(e.Id.Split('/'), e.Path, e.Span, Slice(texts, e.Path, e.Span)))
            .ToList();
        foreach (var label in labels)
        {
            foreach (var id in label.Ids)
            {
                if (!rules.Contains(id)) problems.Add($"label with unknown id {id}");
            }
        }
        var reported = run.Diagnostics.Where(d => rules.Contains(d.Id) && d.Location != Location.None)
            .Select(d => new Reported(d.Id, d.Location.GetLineSpan().Path, d.Location.SourceSpan, Slice(texts, d.Location.GetLineSpan().Path, d.Location.SourceSpan), d.GetMessage(CultureInfo.InvariantCulture)))
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Span.Start)
            .ToList();

        // Each label takes every reported diagnostic of its ids that overlaps it (a duplicate of the
        // same race under its alternative id is not a false alarm); what no label takes is a false alarm.
        var matched = new HashSet<Reported>();
        var results = new List<(Label, Reported?)>();
        foreach (var label in labels)
        {
            var hits = reported.Where(d => label.Ids.Contains(d.Id) && d.Path == label.Path && d.Span.OverlapsWith(label.Span))
                .OrderBy(d => Array.IndexOf(label.Ids, d.Id)).ToList();
            matched.UnionWith(hits);
            results.Add((label, hits.FirstOrDefault()));
        }
        var falseAlarms = reported.Where(d => !matched.Contains(d)).ToList();
        return new CaseResult(corpusCase, results, falseAlarms, problems);
    }

    private static async Task<IReadOnlyList<string>> GeneratorErrorsAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var options = project.AnalyzerOptions;
        Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
                [new GilGen.Generator.GilGenGenerator().AsSourceGenerator()],
                options.AdditionalFiles,
                (Microsoft.CodeAnalysis.CSharp.CSharpParseOptions)project.ParseOptions!,
                options.AnalyzerConfigOptionsProvider)
            .RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);
        return diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
    }

    private static string Slice(Dictionary<string, string> texts, string path, TextSpan span) =>
        texts.TryGetValue(path, out var text) && span.End <= text.Length ? text.Substring(span.Start, span.Length) : "?";

    /// <summary>The table per rule and overall, then the misses, the false alarms and the inexact hits.</summary>
    public static ReportResult Report(IReadOnlyList<CaseResult> results, IReadOnlyList<string> rules, string title, string floors)
    {
        Score ScoreOf(Func<string, bool> rule) => new(
            results.Sum(r => r.Labels.Count(l => l.Hit is not null && rule(l.Label.Ids[0]))),
            results.Sum(r => r.FalseAlarms.Count(d => rule(d.Id))),
            results.Sum(r => r.Labels.Count(l => l.Hit is null && rule(l.Label.Ids[0]))));

        var text = new StringBuilder();
        text.Append(title).Append("\n\n");
        text.Append("| rule | labelled | TP | FP | FN | precision | recall | F1 |\n|---|---|---|---|---|---|---|---|\n");
        var perRule = new Dictionary<string, Score>();
        foreach (var rule in rules)
        {
            var s = perRule[rule] = ScoreOf(id => id == rule);
            text.Append(CultureInfo.InvariantCulture, $"| {rule} | {s.TruePositives + s.FalseNegatives} | {s.TruePositives} | {s.FalsePositives} | {s.FalseNegatives} | {s.Precision:F2} | {s.Recall:F2} | {s.F1:F2} |\n");
        }
        var overall = ScoreOf(_ => true);
        text.Append(CultureInfo.InvariantCulture, $"| overall | {overall.TruePositives + overall.FalseNegatives} | {overall.TruePositives} | {overall.FalsePositives} | {overall.FalseNegatives} | {overall.Precision:F2} | {overall.Recall:F2} | {overall.F1:F2} |\n\n");
        text.Append(floors).Append("\n\n");

        var misses = results.SelectMany(r => r.Labels.Where(l => l.Hit is null).Select(l => (r.Case, l.Label))).ToList();
        text.Append("Misses (labelled, not reported):\n");
        if (misses.Count == 0) text.Append("  none\n");
        foreach (var (c, label) in misses)
            text.Append(CultureInfo.InvariantCulture, $"  {string.Join("/", label.Ids)} {c.Name}: `{label.Text}`{(c.Note is null ? "" : " — " + c.Note)}\n");

        var alarms = results.SelectMany(r => r.FalseAlarms.Select(d => (r.Case, d))).ToList();
        text.Append("\nFalse alarms (reported, not labelled):\n");
        if (alarms.Count == 0) text.Append("  none\n");
        foreach (var (c, d) in alarms)
            text.Append(CultureInfo.InvariantCulture, $"  {d.Id} {c.Name}: `{d.Text}` — {d.Message}{(c.Note is null ? "" : " [corpus note: " + c.Note + "]")}\n");

        var inexact = results.SelectMany(r => r.Labels.Where(l => l.Hit is not null && l.Hit.Span != l.Label.Span).Select(l => (r.Case, l.Label, Hit: l.Hit!))).ToList();
        text.Append(CultureInfo.InvariantCulture, $"\nHits on another span than the label's ({inexact.Count}; counted as hits):\n");
        foreach (var (c, label, hit) in inexact)
            text.Append(CultureInfo.InvariantCulture, $"  {hit.Id} {c.Name}: labelled `{label.Text}`, reported `{hit.Text}`\n");

        var alternatives = results.SelectMany(r => r.Labels.Where(l => l.Hit is not null && l.Hit.Id != l.Label.Ids[0]).Select(l => (r.Case, l.Label, Hit: l.Hit!))).ToList();
        if (alternatives.Count > 0)
        {
            text.Append("\nHits under a label's alternative id:\n");
            foreach (var (c, label, hit) in alternatives)
                text.Append(CultureInfo.InvariantCulture, $"  {c.Name}: `{label.Text}` labelled {string.Join("/", label.Ids)}, reported {hit.Id}\n");
        }
        return new ReportResult(text.ToString(), perRule, overall);
    }
}
