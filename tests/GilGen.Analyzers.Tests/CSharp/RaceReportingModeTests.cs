using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GilGen.Analyzers.CSharp;
using GilGen.Analyzers.Tests.Corpus;
using GilGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.Analyzers.Tests.CSharp;

/// <summary>
/// GIL2001 and GIL2004–GIL2006 in a build (<c>gilgen_race_reporting = compilation_end</c>, set by the
/// package's build props): facts from the driver's own operation blocks, reported at compilation end
/// (DriverRaceFacts). They must be exactly those of the per-document path the IDE uses and the other
/// tests check — same ids, places and messages — on every C# program the tests have.
/// </summary>
public sealed class RaceReportingModeTests
{
    private const string CompilationEndConfig = "is_global = true\n" + RaceReporting.OptionName + " = " + RaceReporting.CompilationEnd + "\n";

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzer = ImmutableArray.Create<DiagnosticAnalyzer>(new SharedFieldRaceAnalyzer());

    [Fact]
    public async Task Compilation_end_reporting_gives_the_per_document_diagnostics_on_every_CSharp_program_of_the_tests()
    {
        var programs = LabelledFileCorpus.CSharp().Concat(CorpusCases.All.Where(c => c.PythonFiles.Count == 0))
            .Select(c => (c.Name, Text: Markup.Parse(c.Text, TestProject.Directory + "Test0.cs", null).Text))
            .Concat(CSharpRuleCases.All.Select(c => (Name: c.ToString(), Text: Markup.Parse(c.Source, TestProject.Directory + "Test0.cs", c.Rule).Text)))
            .ToList();
        var results = await Task.WhenAll(programs.Select(p => Task.Run(async () =>
            (p.Name, PerDocument: await DiagnosticsAsync(p.Text, compilationEnd: false), CompilationEnd: await DiagnosticsAsync(p.Text, compilationEnd: true)))));

        var differences = results.Where(r => !r.PerDocument.SequenceEqual(r.CompilationEnd))
            .Select(r => r.Name + ":\n  per document:   " + string.Join("\n                  ", r.PerDocument) + "\n  compilation end: " + string.Join("\n                  ", r.CompilationEnd))
            .ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        // Not a comparison of two empty lists: the programs hold hundreds of these races.
        Assert.True(results.Sum(r => r.CompilationEnd.Count) >= 300, $"only {results.Sum(r => r.CompilationEnd.Count)} diagnostics");
    }

    [Fact]
    public async Task With_compilation_end_reporting_one_documents_analysis_reports_nothing_and_the_whole_compilations_does()
    {
        const string source = """
            using System.Threading;

            public static class Counter
            {
                private static int s_count;

                public static void Main()
                {
                    var a = new Thread(Work);
                    var b = new Thread(Work);
                    a.Start(); b.Start();
                    a.Join(); b.Join();
                }

                private static void Work()
                {
                    for (var i = 0; i < 1000; i++) s_count++;
                }
            }
            """;
        var tree = CSharpSyntaxTree.ParseText(source, TestProject.ParseOptions, "Counter.cs");
        var compilation = CSharpCompilation.Create("Mode", [tree], TestReferences.All,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var options = new AnalyzerOptions([], new GlobalOptionsProvider(RaceReporting.CompilationEnd));

        var document = await compilation.WithAnalyzers(Analyzer, options)
            .GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, CancellationToken.None);
        var whole = await compilation.WithAnalyzers(Analyzer, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.Empty(document);
        Assert.Equal([("GIL2001", "s_count++")], whole.Select(d => (d.Id, source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length))));
    }

    private static async Task<List<string>> DiagnosticsAsync(string text, bool compilationEnd)
    {
        var project = TestProject.Create([("Test0.cs", text)]);
        if (compilationEnd)
        {
            project = project.AddAnalyzerConfigDocument(".globalconfig", SourceText.From(CompilationEndConfig), filePath: TestProject.Directory + ".globalconfig").Project;
            Assert.True(RaceReporting.AtCompilationEnd(project.AnalyzerOptions), "the global option does not reach the analyzer");
        }
        var run = await TestProject.AnalyzeAsync(project, Analyzer);
        Assert.Empty(run.Exceptions);
        return run.Diagnostics
            .Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Id} {d.Location.GetLineSpan().Path}{d.Location.SourceSpan} {d.GetMessage(CultureInfo.InvariantCulture)}"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Global analyzer options holding only <see cref="RaceReporting.OptionName"/>.</summary>
    private sealed class GlobalOptionsProvider(string reporting) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(reporting);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(null);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(null);

        private sealed class Options(string? reporting) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            {
                value = key == RaceReporting.OptionName ? reporting : null;
                return value is not null;
            }
        }
    }
}
