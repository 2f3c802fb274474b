using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using GilGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// A one-project solution in an <see cref="AdhocWorkspace"/>: C# documents, additional files
/// (.py snippets) and an optional .editorconfig, compiled as a consumer of the GilGen package
/// would be — GilGen's source generator runs first, so [GilFunction] partials are implemented —
/// and analyzed with GilGen's analyzers.
/// </summary>
internal static class TestProject
{
    /// <summary>The language version of test sources.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>Where test files live in the fake project; diagnostics' paths are under it.</summary>
    public const string Directory = "/TestProject/";

    /// <summary>Creates the project. Paths are relative (e.g. "Test0.cs", "race.py").</summary>
    public static Project Create(IEnumerable<(string Path, string Text)> sources, IEnumerable<(string Path, string Text)>? additionalFiles = null, string? editorConfig = null)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
                projectId, VersionStamp.Default, "TestProject", "TestProject", LanguageNames.CSharp,
                filePath: Directory + "TestProject.csproj",
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: ParseOptions,
                metadataReferences: TestReferences.All));
        foreach (var (path, text) in sources)
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), path, SourceText.From(text), filePath: Directory + path);
        foreach (var (path, text) in additionalFiles ?? [])
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), path, SourceText.From(text), filePath: Directory + path);
        if (editorConfig is not null)
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".editorconfig", SourceText.From(editorConfig), filePath: Directory + ".editorconfig");
        return solution.GetProject(projectId)!;
    }

    /// <summary>
    /// The project's compilation after GilGen's generator, and every diagnostic the given analyzers
    /// report on it. An analyzer exception (AD0001) fails the caller through <see cref="AnalyzerRun.Exceptions"/>.
    /// </summary>
    /// <param name="project">The project.</param>
    /// <param name="analyzers">The analyzers to run.</param>
    /// <param name="overGeneratedCode">
    /// False to run the analyzers over the project's own sources only (the generator still runs, for its crashes
    /// and diagnostics): binding the generated code is most of the cost of a folder of .py files, and nothing there
    /// is for the analyzers to see, since the C# rules skip generated code and it holds no snippet attributes.
    /// </param>
    public static async Task<AnalyzerRun> AnalyzeAsync(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, bool overGeneratedCode = true)
    {
        var compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
        var options = project.AnalyzerOptions;
        var driver = CSharpGeneratorDriver.Create(
                [new GilGenGenerator().AsSourceGenerator()],
                options.AdditionalFiles,
                ParseOptions,
                options.AnalyzerConfigOptionsProvider)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);
        // A generator exception is a CS8785 warning (CS8784 at initialization) and the run result's Exception.
        var generatorCrashes = generatorDiagnostics.Where(d => d.Id is "CS8784" or "CS8785").Select(d => d.ToString())
            .Concat(driver.GetRunResult().Results.Where(r => r.Exception is not null).Select(r => r.Exception!.ToString()))
            .ToList();

        var exceptions = new List<string>();
        var withAnalyzers = (overGeneratedCode ? generated : compilation).WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            options,
            onAnalyzerException: (exception, analyzer, diagnostic) => { lock (exceptions) exceptions.Add($"{analyzer.GetType().Name}: {exception}"); },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        exceptions.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.GetMessage()));
        return new AnalyzerRun(generated, generatorDiagnostics, generatorCrashes, diagnostics.Where(d => d.Id != "AD0001").ToImmutableArray(), exceptions);
    }
}

/// <summary>The result of <see cref="TestProject.AnalyzeAsync"/>.</summary>
/// <param name="Compilation">The compilation analyzed (sources plus generated code).</param>
/// <param name="GeneratorDiagnostics">What GilGen's generator reported (GIL0xxx: the snippets' compile errors).</param>
/// <param name="GeneratorCrashes">The generator's exceptions (CS8784/CS8785); a test expects none.</param>
/// <param name="Diagnostics">What the analyzers reported, in no particular order.</param>
/// <param name="Exceptions">Analyzer exceptions (what a build shows as AD0001); a test expects none.</param>
internal sealed record AnalyzerRun(Compilation Compilation, ImmutableArray<Diagnostic> GeneratorDiagnostics, IReadOnlyList<string> GeneratorCrashes, ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<string> Exceptions);
