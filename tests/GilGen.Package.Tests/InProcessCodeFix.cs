using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.Package.Tests;

/// <summary>
/// What the IDE does when a user picks GilGen's code fix: the analyzers of GilGen.Analyzers run on
/// one C# file in an <see cref="AdhocWorkspace"/>, and the first action that GilGen.CodeFixes offers
/// for each diagnostic of one id is applied until none is left. The analyzer and provider types are
/// found by reflection (exported types of the two assemblies), so renaming them does not break this.
/// </summary>
internal static class InProcessCodeFix
{
    /// <summary>The diagnostics of <paramref name="id"/> in <paramref name="source"/>, as GilGen's analyzers report them in-process.</summary>
    public static async Task<ImmutableArray<Diagnostic>> DiagnoseAsync(string path, string source, string id)
    {
        var document = CreateDocument(path, source);
        return await DiagnoseAsync(document, id);
    }

    /// <summary>Fixes every diagnostic of <paramref name="id"/> in <paramref name="source"/>, one at a time; returns the new text.</summary>
    public static async Task<string> FixAllAsync(string path, string source, string id, int maxIterations = 20)
    {
        var provider = CodeFixProviders().FirstOrDefault(p => p.FixableDiagnosticIds.Contains(id))
            ?? throw new InvalidOperationException("GilGen.CodeFixes has no CodeFixProvider for " + id);
        var document = CreateDocument(path, source);
        for (var i = 0; i < maxIterations; i++)
        {
            var diagnostic = (await DiagnoseAsync(document, id)).FirstOrDefault();
            if (diagnostic is null) break;
            var actions = new List<CodeAction>();
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
            var action = actions.FirstOrDefault() ?? throw new InvalidOperationException($"{provider.GetType().Name} offers no fix for {diagnostic}");
            var operations = await action.GetOperationsAsync(CancellationToken.None);
            var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
            document = solution.GetDocument(document.Id)!;
        }
        return (await document.GetTextAsync()).ToString();
    }

    /// <summary>
    /// Applies the provider's Fix All (document scope, the first fix's kind) to every diagnostic of
    /// <paramref name="id"/> in <paramref name="source"/> at once, as the IDE's "Fix all occurrences in
    /// document" does; returns the new text. <paramref name="references"/> are compiled against too
    /// (GilGen.Runtime, for the snippet attributes).
    /// </summary>
    public static async Task<string> FixAllInDocumentAsync(string path, string source, string id, params string[] references)
    {
        var provider = CodeFixProviders().FirstOrDefault(p => p.FixableDiagnosticIds.Contains(id))
            ?? throw new InvalidOperationException("GilGen.CodeFixes has no CodeFixProvider for " + id);
        var document = CreateDocument(path, source, references);
        var diagnostics = await DiagnoseAsync(document, id);
        if (diagnostics.IsEmpty) throw new InvalidOperationException("nothing to fix: no " + id + " in " + path);
        var actions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostics[0], (a, _) => actions.Add(a), CancellationToken.None));
        var first = actions.FirstOrDefault() ?? throw new InvalidOperationException($"{provider.GetType().Name} offers no fix for {diagnostics[0]}");
        var fixAll = provider.GetFixAllProvider() ?? throw new InvalidOperationException(provider.GetType().Name + " has no Fix All");
        var context = new FixAllContext(document, provider, FixAllScope.Document, first.EquivalenceKey,
            [id], new KnownDiagnostics(diagnostics), CancellationToken.None);
        var action = await fixAll.GetFixAsync(context) ?? throw new InvalidOperationException("Fix All offered no action for " + id);
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return (await solution.GetDocument(document.Id)!.GetTextAsync()).ToString();
    }

    /// <summary>Every DiagnosticAnalyzer exported by GilGen.Analyzers.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers() =>
        Exported<DiagnosticAnalyzer, DiagnosticAnalyzerAttribute>("GilGen.Analyzers");

    /// <summary>Every CodeFixProvider exported by GilGen.CodeFixes.</summary>
    public static ImmutableArray<CodeFixProvider> CodeFixProviders() =>
        Exported<CodeFixProvider, ExportCodeFixProviderAttribute>("GilGen.CodeFixes");

    private static ImmutableArray<T> Exported<T, TAttribute>(string assemblyName) where TAttribute : Attribute =>
        Assembly.Load(new AssemblyName(assemblyName)).GetTypes()
            .Where(t => !t.IsAbstract && typeof(T).IsAssignableFrom(t) && t.GetCustomAttribute<TAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (T)Activator.CreateInstance(t, nonPublic: true)!)
            .ToImmutableArray();

    private static async Task<ImmutableArray<Diagnostic>> DiagnoseAsync(Document document, string id)
    {
        var analyzers = Analyzers().Where(a => a.SupportedDiagnostics.Any(d => d.Id == id)).ToImmutableArray();
        if (analyzers.IsEmpty) throw new InvalidOperationException("GilGen.Analyzers has no analyzer for " + id);
        var compilation = (await document.Project.GetCompilationAsync())!;
        var exceptions = new List<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            document.Project.AnalyzerOptions, (e, _, _) => { lock (exceptions) exceptions.Add(e); }, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        if (exceptions.Count > 0) throw new AggregateException("An analyzer threw", exceptions);
        return diagnostics.Where(d => d.Id == id).OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    private static Document CreateDocument(string path, string source, params string[] references)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId, VersionStamp.Default, "Consumer", "Consumer", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: FrameworkReferences.Value.AddRange(references.Select(r => (MetadataReference)MetadataReference.CreateFromFile(r)))));
        var documentId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(documentId, Path.GetFileName(path), SourceText.From(source), filePath: path);
        return solution.GetDocument(documentId)!;
    }

    // The framework this test runs on: what a net10.0 console project compiles against.
    private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is var n && (n.StartsWith("System.", StringComparison.Ordinal) || n is "mscorlib.dll" or "netstandard.dll"))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    /// <summary>Serves Fix All the diagnostics already computed.</summary>
    private sealed class KnownDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>([]);
    }
}
