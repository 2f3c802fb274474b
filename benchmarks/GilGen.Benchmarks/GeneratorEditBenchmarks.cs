using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.Benchmarks;

/// <summary>
/// What one keystroke costs a source generator in the IDE (issue 10, "Build time and the IDE"): the project of
/// <c>benchmarks/generated-code.sh</c> (<see cref="GeneratedCodeProject"/>: N files of one <c>[GilModule]</c> snippet
/// of about 15 Python lines) plus a plain C# file (<see cref="SyntheticProject.Helpers"/>), and a
/// <see cref="CSharpGeneratorDriver"/> with GilGen's generator that has generated the project once and is kept
/// between runs, as the IDE keeps it. Each operation makes a one-character edit (it inserts the character, the next
/// operation takes it out again) in a fresh compilation (<see cref="Compilation.ReplaceSyntaxTree"/>, lazy) and runs
/// <see cref="GeneratorDriver.RunGenerators(Compilation, System.Threading.CancellationToken)"/> on it: outside, in a method body of the plain file; in a snippet, in
/// the middle snippet's Python. The .NET Regex generator over as many <c>[GeneratedRegex]</c> patterns
/// (<see cref="RegexPatternProject"/>) is the comparison. Issue 10 asks for an edit outside the snippets within 15 ms
/// at 200 snippets and not growing with their number.
/// Run: dotnet run -c Release --project benchmarks/GilGen.Benchmarks -- --filter '*GeneratorEdit*'; in CPU time, with a
/// baseline build of the generator: --edit-latency (<see cref="GeneratorEditQuickLook"/>)
/// </summary>
[Config(typeof(EditLatencyConfig))]
[MemoryDiagnoser]
public class GeneratorEditBenchmarks
{
    private GeneratorDriver _driver = null!;
    private Compilation _compilation = null!;
    private SyntaxTree _original = null!;
    private SyntaxTree _edited = null!;
    private bool _isEdited;

    /// <summary>The generator, the project's size and where the edit is.</summary>
    [ParamsSource(nameof(Cases))]
    public GeneratorEditCase Case { get; set; } = null!;

    /// <summary>GilGen outside the snippets at 0, 200 and 500 snippets and in one at 200 and 500; Regex outside at 200 and 500 patterns.</summary>
    public static IEnumerable<GeneratorEditCase> Cases() =>
    [
        new("GilGen", 0, InSnippet: false),
        new("GilGen", 200, InSnippet: false),
        new("GilGen", 500, InSnippet: false),
        new("GilGen", 200, InSnippet: true),
        new("GilGen", 500, InSnippet: true),
        new("Regex", 200, InSnippet: false),
        new("Regex", 500, InSnippet: false),
    ];

    /// <summary>The generator to run instead of the case's (<see cref="GeneratorEditQuickLook"/>'s baseline build); null for the case's.</summary>
    public IIncrementalGenerator? Generator { get; set; }

    /// <summary>Builds the project, generates it once, prepares the edited tree and makes <see cref="WarmUpEdits"/> edits.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (_driver, _compilation, _original, _edited) = Prepare(Case, Generator);
        // In this process the first case with snippets would otherwise be measured while the JIT still runs the
        // driver's and the generator's methods unoptimized (tier 0) and recompiles them: it measured 2-4x slower than
        // the next, larger case. An even number, so the measured edits start from the original text.
        for (var i = 0; i < WarmUpEdits; i++) RunGeneratorsAfterEdit();
        System.Threading.Thread.Sleep(500);
    }

    /// <summary>Edits made in the setup, before BenchmarkDotNet's own warm-up.</summary>
    public const int WarmUpEdits = 60;

    /// <summary>One edit: a compilation with the character inserted (or taken out again), and the generators run on it.</summary>
    [Benchmark]
    public GeneratorDriver RunGeneratorsAfterEdit()
    {
        var (from, to) = _isEdited ? (_edited, _original) : (_original, _edited);
        _compilation = _compilation.ReplaceSyntaxTree(from, to);
        _isEdited = !_isEdited;
        return _driver = _driver.RunGenerators(_compilation);
    }

    /// <summary>The driver after a first full run, the compilation it ran on, the tree the edit changes and that tree edited.</summary>
    public static (GeneratorDriver Driver, Compilation Compilation, SyntaxTree Original, SyntaxTree Edited) Prepare(GeneratorEditCase edit, IIncrementalGenerator? generator = null)
    {
        var gilGen = edit.Generator == "GilGen";
        if (!gilGen && edit.InSnippet) throw new ArgumentException("only GilGen's snippets are edited", nameof(edit));
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var files = (gilGen ? GeneratedCodeProject.Generate(edit.Snippets) : RegexPatternProject.Generate(edit.Snippets))
            .Append(("Plain/Helpers0.cs", SyntheticProject.Helpers(0)));
        var trees = files.Select(file => CSharpSyntaxTree.ParseText(file.Item2, parseOptions, path: "/EditLatency/" + file.Item1)).ToList();
        var compilation = CSharpCompilation.Create("EditLatency", trees, AnalyzerInputs.References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        generator ??= gilGen ? AnalyzerInputs.GilGenGenerator() : AnalyzerInputs.RegexGenerator();
        GeneratorDriver driver = CSharpGeneratorDriver.Create([generator.AsSourceGenerator()], parseOptions: parseOptions);
        driver = driver.RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null) throw new InvalidOperationException("the generator failed", result.Exception);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        if (errors.Count > 0) throw new InvalidOperationException("the generator reported errors:\n" + string.Join("\n", errors));
        if (gilGen && result.GeneratedSources.Length != edit.Snippets)
            throw new InvalidOperationException($"{result.GeneratedSources.Length} files generated for {edit.Snippets} snippets");

        // Outside: a digit added to a constant of the plain file's first method. In a snippet: a space added after the
        // first " =" of the middle snippet's Python (every shape of generated_code_project.py has an assignment).
        var (target, anchor) = edit.InSnippet
            ? (trees.Single(t => t.FilePath.EndsWith($"/Snippet{edit.Snippets / 2}.cs", StringComparison.Ordinal)), " =")
            : (trees.Single(t => t.FilePath.EndsWith("/Plain/Helpers0.cs", StringComparison.Ordinal)), "var hash = 17");
        var text = target.GetText();
        var start = edit.InSnippet ? text.ToString().IndexOf("[GilModule(", StringComparison.Ordinal) : 0;
        var at = text.ToString().IndexOf(anchor, start, StringComparison.Ordinal);
        if (start < 0 || at < 0) throw new InvalidOperationException($"'{anchor}' not found in {target.FilePath}");
        var edited = target.WithChangedText(text.WithChanges(new TextChange(new TextSpan(at + anchor.Length, 0), edit.InSnippet ? " " : "0")));
        return (driver, compilation, target, edited);
    }
}
