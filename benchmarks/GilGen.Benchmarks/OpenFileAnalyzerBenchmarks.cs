using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GilGen.Benchmarks;

/// <summary>
/// What each of GilGen's analyzers costs the IDE on one open file (issue 12 §3): a file of 16
/// <c>[GilFunction]</c> snippets (threaded counters) beside a file that starts threads, compiled with the
/// code GilGen's generator makes from the snippets, and analyzed as the IDE analyzes the open document:
/// <see cref="CompilationWithAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(SemanticModel, Microsoft.CodeAnalysis.Text.TextSpan?, CancellationToken)"/>
/// on its semantic model alone, no compilation-end action. Each operation starts from a fresh
/// compilation, so nothing bound by one is reused by the next.
/// Run: dotnet run -c Release --project benchmarks/GilGen.Benchmarks -- --filter '*OpenFile*';
/// per-analyzer times: dotnet run -c Release --project benchmarks/GilGen.Benchmarks -- --open-file [ROUNDS]
/// </summary>
[Config(typeof(InProcessMonitoringConfig))]
[MemoryDiagnoser]
public class OpenFileAnalyzerBenchmarks
{
    private const int Snippets = 16;


    private Compilation _compilation = null!;
    private SyntaxTree _openFile = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;

    /// <summary>Builds the two files, runs GilGen's generator over them and finds the analyzers.</summary>
    [GlobalSetup]
    public void Setup() => (_compilation, _openFile, _analyzers) = Prepare();

    /// <summary>Every GilGen analyzer on the open file's semantic model.</summary>
    [Benchmark]
    public async Task<int> OpenFileSemanticDiagnostics() =>
        (await WithAnalyzers(_compilation, _analyzers, logTimes: false)
            .GetAnalyzerSemanticDiagnosticsAsync(Model(_compilation, _openFile), filterSpan: null, CancellationToken.None).ConfigureAwait(false)).Length;

    /// <summary>
    /// One pass with execution times logged (each analyzer's callbacks, sequential run, so the times add
    /// up), the number of generated lines, what was reported; then each analyzer alone
    /// (<see cref="AloneCosts"/>) over <paramref name="rounds"/> alternating rounds after
    /// uncounted ones that warm the JIT up.
    /// </summary>
    public static string QuickLook(int rounds)
    {
        var (compilation, openFile, analyzers) = Prepare();
        // A first pass binds the framework's symbols, as an IDE that has the project open already has.
        WithAnalyzers(compilation.Clone(), analyzers, logTimes: false)
            .GetAnalyzerSemanticDiagnosticsAsync(Model(compilation.Clone(), openFile), null, CancellationToken.None).GetAwaiter().GetResult();
        var fresh = compilation.Clone();
        var run = WithAnalyzers(fresh, analyzers, logTimes: true);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var diagnostics = run.GetAnalyzerSemanticDiagnosticsAsync(Model(fresh, openFile), null, CancellationToken.None).GetAwaiter().GetResult();
        var total = watch.Elapsed;
        var generatedLines = compilation.SyntaxTrees.Where(t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)).Sum(t => t.GetText().Lines.Count);
        var times = analyzers.Select(a => (a.GetType().Name, run.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime));
        var alone = AloneCosts(compilation, openFile, analyzers, rounds);
        return $"open file: {Snippets} snippets, {generatedLines} generated lines in the compilation; all analyzers {total.TotalMilliseconds:F0} ms (second pass, wall)\n" +
            "per analyzer (callbacks, telemetry, second pass): " + string.Join(", ", times.Select(t => $"{t.Name} {t.ExecutionTime.TotalMilliseconds:F0} ms")) + "\n" +
            $"per analyzer alone (CPU ms, median [min – max] of {rounds} alternating rounds after {alone.WarmUp} uncounted, {alone.JitDuring} methods compiled by the JIT during them; driver and binding included, " +
            $"minus the binding-only analyzer's median {alone.Baseline.Median:F1} ms [{alone.Baseline.Min:F1} – {alone.Baseline.Max:F1}]):\n" +
            string.Join("\n", alone.Costs.Select(c => $"  {c.Name,-36} {c.Median,6:F1} ms  [{c.Min:F1} – {c.Max:F1}]")) + "\n" +
            "reported: " + string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}"));
    }

    /// <summary>At most this many rounds of <see cref="AloneCosts"/> are run to warm up, and not counted.</summary>
    private const int MaxWarmUpRounds = 40;

    /// <summary>A warm-up round that compiles no more methods than this ends the warm-up.</summary>
    private const int SettledJitCount = 10;

    /// <summary>The rounds <see cref="QuickLook"/> counts unless told otherwise.</summary>
    public const int DefaultRounds = 11;

    // What the IDE pays for each analyzer on the open file, all of it: its callbacks and whatever the
    // driver binds for it (a symbol-start action makes it analyze every part of a partial type, which
    // callback times do not show). Each analyzer runs alone on a fresh compilation, in rounds that
    // alternate the analyzers; the binding-only analyzer's CPU time, the document's binding, is taken off
    // each round's time (the pair is measured in the same round, so a busy moment of the machine hits both).
    private static (Spread Baseline, List<(string Name, double Median, double Min, double Max)> Costs, int WarmUp, long JitDuring) AloneCosts(
        Compilation compilation, SyntaxTree openFile, ImmutableArray<DiagnosticAnalyzer> analyzers, int rounds)
    {
        var candidates = analyzers.Add(new BindingOnlyAnalyzer());
        var samples = candidates.Select(_ => new List<double>()).ToArray();
        double RunAlone(DiagnosticAnalyzer analyzer)
        {
            var fresh = compilation.Clone();
            var run = WithAnalyzers(fresh, ImmutableArray.Create(analyzer), logTimes: true);
            // The garbage of the previous run is collected outside the measurement; this run's own is its cost.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = ProcessCpuClock.Milliseconds();
            run.GetAnalyzerSemanticDiagnosticsAsync(Model(fresh, openFile), null, CancellationToken.None).GetAwaiter().GetResult();
            return ProcessCpuClock.Milliseconds() - before;
        }

        // Warm up until a whole round compiles (almost) no new method: the JIT compiles the driver's, the
        // binder's and the analyzers' code first quickly, later again optimized, and a round that does so
        // measures the JIT (tens of ms per analyzer, varying from round to round).
        var warmUp = 0;
        for (long compiled = -1; warmUp < MaxWarmUpRounds; warmUp++)
        {
            var before = System.Runtime.JitInfo.GetCompiledMethodCount();
            foreach (var candidate in candidates) RunAlone(candidate);
            compiled = System.Runtime.JitInfo.GetCompiledMethodCount() - before;
            if (compiled <= SettledJitCount) break;
        }
        var jitBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < candidates.Length; i++) samples[i].Add(RunAlone(candidates[i]));
        }
        var jitDuring = System.Runtime.JitInfo.GetCompiledMethodCount() - jitBefore;
        var baselineSamples = samples[candidates.Length - 1];
        var costs = new List<(string, double, double, double)>();
        for (var i = 0; i < analyzers.Length; i++)
        {
            var spread = Spread.Of(samples[i].Select((value, round) => value - baselineSamples[round]).ToList());
            costs.Add((analyzers[i].GetType().Name, spread.Median, spread.Min, spread.Max));
        }
        return (Spread.Of(baselineSamples), costs, warmUp + 1, jitDuring);
    }

    private readonly record struct Spread(double Median, double Min, double Max)
    {
        public static Spread Of(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
            return new Spread(median, sorted[0], sorted[sorted.Count - 1]);
        }
    }

    private static (Compilation, SyntaxTree, ImmutableArray<DiagnosticAnalyzer>) Prepare()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var openFile = CSharpSyntaxTree.ParseText(OpenFile(), parseOptions, path: "/OpenFile/Counters.cs");
        var starter = CSharpSyntaxTree.ParseText(Starter(), parseOptions, path: "/OpenFile/Program.cs");
        var compilation = CSharpCompilation.Create("OpenFile", [openFile, starter], AnalyzerInputs.References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(AnalyzerInputs.GilGenGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);
        var errors = generatorDiagnostics.Concat(generated.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        if (errors.Count > 0) throw new InvalidOperationException("The open-file project does not compile:\n" + string.Join("\n", errors));
        var analyzers = AnalyzerInputs.GilGenAnalyzers();
        return (generated, openFile, analyzers);
    }

    private static CompilationWithAnalyzers WithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool logTimes) =>
        compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: !logTimes, logAnalyzerExecutionTime: logTimes));

    private static SemanticModel Model(Compilation compilation, SyntaxTree tree) => compilation.GetSemanticModel(tree);

    // 16 threaded counters, each a [GilFunction] whose snippet starts threads that add to a global.
    private static string OpenFile()
    {
        var text = new StringBuilder("using GilGen;\n\nnamespace OpenFile;\n\npublic static partial class Counters\n{\n    private static long s_runs;\n\n");
        for (var i = 0; i < Snippets; i++)
        {
            text.Append($$""""
                    [GilFunction("""
                        import threading

                        total{{i}} = 0

                        def count{{i}}(n):
                            def work():
                                global total{{i}}
                                for _ in range(n):
                                    total{{i}} += {{i + 1}}
                            threads = [threading.Thread(target=work) for _ in range(4)]
                            for t in threads:
                                t.start()
                            for t in threads:
                                t.join()
                            return total{{i}}
                        """)]
                    public static partial long Count{{i}}(long n);

                    public static void Run{{i}}() { s_runs++; Count{{i}}(100); }


                """");
        }
        return text.Append("}\n").ToString();
    }

    private static string Starter()
    {
        var text = new StringBuilder("using System.Threading;\n\nnamespace OpenFile;\n\npublic static class Program\n{\n    public static void Main()\n    {\n");
        for (var i = 0; i < Snippets; i++) text.Append($"        new Thread(Counters.Run{i}).Start();\n");
        return text.Append("    }\n}\n").ToString();
    }
}
