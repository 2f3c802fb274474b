using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GilGen.Analyzers.Tests.Infrastructure;
using GilGen.CodeFixes.Snippets;
using GilGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Sdk;

namespace GilGen.Analyzers.Tests.Snippets;

/// <summary>
/// Before/after checks of GIL1001's fix, with GIL1001 as the markup's default id (<c>[|text|]</c>).
/// C# documents go through Microsoft.CodeAnalysis.Testing (<see cref="CodeFixVerifier"/>: one at a time,
/// Fix All in every scope, and the fixed snippets compile, since the generator's errors would be
/// unexpected diagnostics). A diagnostic in a .py AdditionalFile has no syntax tree, and the library
/// fixes only diagnostics in documents, so .py files are fixed here through <see cref="CodeFixContext"/>'s
/// TextDocument constructor (one diagnostic at a time) or a project-scoped Fix All, after checking
/// the reported spans against the markup; the result must be a snippet the generator compiles.
/// </summary>
internal static class SnippetFixVerifier
{
    /// <summary>The fix under test.</summary>
    public static readonly WrapInLockCodeFixProvider Fix = new();

    /// <summary>
    /// Fixes the GIL1001s of Test0.cs one at a time (<paramref name="fixedSource"/>) and with Fix All
    /// (<paramref name="batchFixedSource"/>, or <paramref name="fixedSource"/> when that is not given).
    /// <paramref name="fixedSource"/> equal to the source checks that no fix is offered.
    /// </summary>
    public static Task VerifyCSharpFixAsync(string source, string fixedSource, string? batchFixedSource = null) =>
        CodeFixVerifier.VerifyAsync(SnippetSources.Analyzer, Fix, AnalyzerVerifier.WithDefaultId(source, "GIL1001"),
            AnalyzerVerifier.WithDefaultId(fixedSource, "GIL1001"),
            batchFixedSource is null ? null : AnalyzerVerifier.WithDefaultId(batchFixedSource, "GIL1001"));

    /// <summary>Fixes the marked GIL1001s of a .py AdditionalFile, one at a time or with a project-scoped Fix All; returns the fixed text.</summary>
    public static async Task<string> VerifyPythonFixAsync(string markup, string expected, bool fixAll = false, string path = "race.py")
    {
        var source = Markup.Parse(markup, path, "GIL1001");
        var project = TestProject.Create([("Test0.cs", "namespace Tests { }\n")], [(path, source.Text)]);
        var reported = await ReportedAsync(project);
        Assert.Equal(source.Expected.Select(e => e.Span), reported.Select(d => d.Location.SourceSpan));
        if (fixAll)
        {
            var context = new FixAllContext(project, Fix, FixAllScope.Project, WrapInLockCodeFixProvider.EquivalenceKey,
                Fix.FixableDiagnosticIds, new Diagnostics(reported), CancellationToken.None);
            var action = await Fix.GetFixAllProvider().GetFixAsync(context) ?? throw new XunitException("Fix All offered no action.");
            project = await ApplyAsync(action, project);
        }
        else
        {
            for (var i = 0; i < 20; i++)
            {
                var diagnostic = (await ReportedAsync(project)).FirstOrDefault();
                if (diagnostic is null) break;
                var actions = new List<CodeAction>();
                var context = new CodeFixContext(project.AdditionalDocuments.Single(), diagnostic, (a, _) => actions.Add(a), CancellationToken.None);
                await Fix.RegisterCodeFixesAsync(context);
                var action = actions.FirstOrDefault() ?? throw new XunitException("No code fix offered for " + diagnostic);
                project = await ApplyAsync(action, project);
            }
        }
        var actual = (await project.AdditionalDocuments.Single().GetTextAsync()).ToString();
        Assert.Equal(expected.Replace("\r\n", "\n"), actual.Replace("\r\n", "\n"));
        var left = await ReportedAsync(project);
        Assert.True(left.Length == 0, "Still reported after the fix:\n" + string.Join("\n", left.Select(d => d.ToString())));
        await AssertSnippetCompilesAsync(project);
        return actual;
    }

    // The generator compiles the fixed .py without an error: the fix wrote valid Python.
    private static async Task AssertSnippetCompilesAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        CSharpGeneratorDriver.Create([new GilGenGenerator().AsSourceGenerator()], project.AnalyzerOptions.AdditionalFiles, TestProject.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);
        var errors = generatorDiagnostics.Concat(generated.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The fixed snippet does not compile:\n" + string.Join("\n", errors));
    }

    private static async Task<ImmutableArray<Diagnostic>> ReportedAsync(Project project)
    {
        var run = await TestProject.AnalyzeAsync(project, [SnippetSources.Analyzer]);
        if (run.Exceptions.Count > 0) throw new XunitException("Analyzer threw (AD0001):\n" + string.Join("\n", run.Exceptions));
        return run.Diagnostics.Where(d => d.Id == "GIL1001").OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    private static async Task<Project> ApplyAsync(CodeAction action, Project project)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var apply = operations.OfType<ApplyChangesOperation>().Single();
        return apply.ChangedSolution.GetProject(project.Id)!;
    }

    /// <summary>Serves Fix All the diagnostics already computed.</summary>
    private sealed class Diagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>([]);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>([]);
    }
}
