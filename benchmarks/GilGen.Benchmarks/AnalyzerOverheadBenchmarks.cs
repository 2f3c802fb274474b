using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GilGen.Benchmarks;

/// <summary>
/// What GilGen's analyzers add to a compilation: <see cref="SyntheticProject"/> (200 threaded
/// service classes, about 50,000 lines) compiled to diagnostics by the compiler alone
/// (<c>Compilation.GetDiagnostics()</c>, the baseline) and with every analyzer of GilGen.Analyzers
/// attached (<c>CompilationWithAnalyzers.GetAllDiagnosticsAsync()</c>, concurrent, as a build runs
/// them). Each operation starts from a fresh compilation (<see cref="Compilation.Clone"/>) over the
/// same parsed trees and references, so nothing bound in one operation is reused by the next.
/// The overhead is (WithGilGenAnalyzers − CompilerOnly) / CompilerOnly.
/// Run: dotnet run -c Release --project benchmarks/GilGen.Benchmarks -- --filter '*AnalyzerOverhead*'
/// </summary>
[Config(typeof(InProcessMonitoringConfig))]
[MemoryDiagnoser]
public class AnalyzerOverheadBenchmarks
{

    /// <summary>Service classes in the synthetic project.</summary>
    [Params(200)]
    public int Classes { get; set; }

    private CSharpCompilation _compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;

    /// <summary>Parses the synthetic project once and finds the analyzers.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = SyntheticProject.Generate(Classes)
            .Select(f => CSharpSyntaxTree.ParseText(f.Text, parseOptions, path: "/Synthetic/" + f.Path))
            .ToArray();
        _compilation = CSharpCompilation.Create("Synthetic", trees, AnalyzerInputs.References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var errors = _compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        if (errors.Count > 0) throw new InvalidOperationException("The synthetic project does not compile:\n" + string.Join("\n", errors));
        _analyzers = AnalyzerInputs.GilGenAnalyzers();
        if (_analyzers.IsEmpty) throw new InvalidOperationException("GilGen.Analyzers exports no analyzer.");
    }

    /// <summary>The compiler's own diagnostics: binding and flow analysis of every method body.</summary>
    [Benchmark(Baseline = true)]
    public int CompilerOnly() => _compilation.Clone().GetDiagnostics().Length;

    /// <summary>The same, plus GIL1001 and GIL2001–GIL2004.</summary>
    [Benchmark]
    public async Task<int> WithGilGenAnalyzers()
    {
        var withAnalyzers = _compilation.Clone().WithAnalyzers(_analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        return (await withAnalyzers.GetAllDiagnosticsAsync().ConfigureAwait(false)).Length;
    }

    /// <summary>
    /// One untimed-by-BenchmarkDotNet pass, for a quick look: how long the compiler and the
    /// analyzers take once each, and how many GilGen diagnostics the synthetic project gets, by id
    /// (a sanity check that the analyzers ran and found the planted bugs).
    /// </summary>
    public static string QuickLook(int classes)
    {
        var benchmark = new AnalyzerOverheadBenchmarks { Classes = classes };
        benchmark.Setup();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        benchmark.CompilerOnly();
        var compiler = watch.Elapsed;
        watch.Restart();
        benchmark.WithGilGenAnalyzers().GetAwaiter().GetResult();
        var withAnalyzers = watch.Elapsed;
        var timed = benchmark._compilation.Clone().WithAnalyzers(benchmark._analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        var diagnostics = timed.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var perAnalyzer = benchmark._analyzers.Select(a => (a.GetType().Name, timed.GetAnalyzerTelemetryInfoAsync(a, default).GetAwaiter().GetResult().ExecutionTime));
        return $"compiler only {compiler.TotalSeconds:F2} s, with GilGen's analyzers {withAnalyzers.TotalSeconds:F2} s (one cold pass each)\n" +
            "analyzer execution time (sequential run): " + string.Join(", ", perAnalyzer.Select(p => $"{p.Name} {p.ExecutionTime.TotalSeconds:F2} s")) + "\n" +
            "GilGen diagnostics: " + string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}"));
    }
}
