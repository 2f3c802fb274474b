using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GilGen.Analyzers.CSharp;
using GilGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GilGen.Analyzers.Tests.CSharp;

/// <summary>
/// GIL2001–GIL2006 show in the IDE on the open document without full-solution analysis (issue 12 §3):
/// no descriptor is CompilationEnd-tagged, and analyzing one document's semantic model — what the IDE
/// does for the open file, running no compilation-end action — reports the race in it, although the
/// thread that makes it a race is started in another document.
/// </summary>
public sealed class PerDocumentReportingTests
{
    private const string Starter = """
        using System.Threading;

        public static class Program
        {
            public static void Main()
            {
                var a = new Thread(Counter.Work);
                var b = new Thread(Counter.Work);
                a.Start(); b.Start();
                a.Join(); b.Join();
            }
        }
        """;

    private const string Racy = """
        using System.Collections.Generic;

        public static class Counter
        {
            private static int s_count;
            private static int s_total;
            private static readonly object s_gate = new();
            private static readonly List<int> s_seen = new();

            public static void Work()
            {
                for (var i = 0; i < 1000; i++)
                {
                    s_count++;
                    lock (s_gate) s_total = i;
                    s_total = -i;
                    if (s_count < 10) s_count = 10;
                    s_seen.Add(i);
                }
            }
        }
        """;

    [Fact]
    public void No_descriptor_of_a_CSharp_rule_is_reported_at_compilation_end()
    {
        foreach (var descriptor in CSharpRuleCases.Analyzers().SelectMany(a => a.SupportedDiagnostics))
            Assert.DoesNotContain(WellKnownDiagnosticTags.CompilationEnd, descriptor.CustomTags);
    }

    [Fact]
    public async Task One_documents_semantic_analysis_reports_its_races_started_in_another_document()
    {
        var compilation = CSharpCompilation.Create("PerDocument",
            [CSharpSyntaxTree.ParseText(Starter, TestProject.ParseOptions, "Program.cs"), CSharpSyntaxTree.ParseText(Racy, TestProject.ParseOptions, "Counter.cs")],
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var counter = compilation.SyntaxTrees.Single(t => t.FilePath == "Counter.cs");
        var analyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SharedFieldRaceAnalyzer()));

        var diagnostics = await analyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(counter), filterSpan: null, CancellationToken.None);

        Assert.Equal(
            [("GIL2001", "s_count++"), ("GIL2004", "s_total = -i"), ("GIL2005", "s_count < 10"), ("GIL2006", "s_seen.Add(i)")],
            diagnostics.Select(d => (d.Id, counter.GetText().ToString(d.Location.SourceSpan))).OrderBy(d => d.Id));
        // The other document has no race of its own.
        Assert.Empty(await analyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(compilation.SyntaxTrees.Single(t => t.FilePath == "Program.cs")), filterSpan: null, CancellationToken.None));
    }
}
