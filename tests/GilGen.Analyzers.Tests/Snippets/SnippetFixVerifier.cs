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
/// Before/after checks of GIL1001's fix. C# documents go through the shared
/// <see cref="CodeFixVerifier"/>; .py AdditionalFiles, which it does not handle, are fixed here
/// through <see cref="CodeFixContext"/>'s TextDocument constructor (one diagnostic at a time) or a
/// project-scoped Fix All. Either way the result must also be a snippet the generator compiles
/// without an error: a fix that broke the Python would otherwise pass, since broken Python gets no GIL1001.
/// </summary>
internal static class SnippetFixVerifier
{
    /// <summary>The fix under test.</summary>
    public static readonly WrapInLockCodeFixProvider Fix = new();

    /// <summary>Fixes the GIL1001s of Test0.cs one at a time.</summary>
    public static async Task VerifyCSharpFixAsync(string source, string expected)
    {
        await CodeFixVerifier.VerifyFixAsync(SnippetSources.Analyzer, Fix, source, expected);
        await AssertSnippetsCompileAsync([("Test0.cs", expected)], []);
    }

    /// <summary>Fixes all the GIL1001s of Test0.cs at once (document-scoped Fix All).</summary>
    public static async Task VerifyCSharpFixAllAsync(string source, string expected)
    {
        await CodeFixVerifier.VerifyFixAllAsync(SnippetSources.Analyzer, Fix, source, expected);
        await AssertSnippetsCompileAsync([("Test0.cs", expected)], []);
    }

    /// <summary>Fixes the GIL1001s of a .py AdditionalFile, one at a time or with a project-scoped Fix All; returns the fixed text.</summary>
    public static async Task<string> VerifyPythonFixAsync(string source, string expected, bool fixAll = false, string path = "race.py")
    {
        var project = TestProject.Create([("Test0.cs", "namespace Tests { }\n")], [(path, source)]);
        if (fixAll)
        {
            var diagnostics = await ReportedAsync(project);
            if (diagnostics.Length == 0) throw new XunitException("Nothing to fix in the .py file.");
            var fixAllProvider = Fix.GetFixAllProvider();
            var context = new FixAllContext(project, Fix, FixAllScope.Project, WrapInLockCodeFixProvider.EquivalenceKey,
                Fix.FixableDiagnosticIds, new Diagnostics(diagnostics), CancellationToken.None);
            var action = await fixAllProvider.GetFixAsync(context) ?? throw new XunitException("Fix All offered no action.");
            project = await ApplyAsync(action, project);
        }
        else
        {
            for (var i = 0; i < 20; i++)
            {
                var diagnostic = (await ReportedAsync(project)).FirstOrDefault();
                if (diagnostic is null) break;
                var document = project.AdditionalDocuments.Single();
                var actions = new List<CodeAction>();
                var context = new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None);
                await Fix.RegisterCodeFixesAsync(context);
                var action = actions.FirstOrDefault() ?? throw new XunitException("No code fix offered for " + diagnostic);
                project = await ApplyAsync(action, project);
            }
        }
        var actual = (await project.AdditionalDocuments.Single().GetTextAsync()).ToString();
        Assert.Equal(expected.Replace("\r\n", "\n"), actual.Replace("\r\n", "\n"));
        var left = await ReportedAsync(project);
        Assert.True(left.Length == 0, "Still reported after the fix:\n" + string.Join("\n", left.Select(d => d.ToString())));
        await AssertSnippetsCompileAsync([("Test0.cs", "namespace Tests { }\n")], [(path, expected)]);
        return actual;
    }

    /// <summary>True when a fix is offered for the first GIL1001 of Test0.cs.</summary>
    public static async Task<bool> IsFixOfferedAsync(string source)
    {
        var project = TestProject.Create([("Test0.cs", source)]);
        var diagnostic = (await ReportedAsync(project)).First();
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(project.Documents.Single(), diagnostic, (a, _) => actions.Add(a), CancellationToken.None);
        await Fix.RegisterCodeFixesAsync(context);
        return actions.Count > 0;
    }

    // The generator compiles every snippet without an error: the fix wrote valid Python.
    private static async Task AssertSnippetsCompileAsync(
        IEnumerable<(string Path, string Text)> sources, IEnumerable<(string Path, string Text)> additional)
    {
        var project = TestProject.Create(sources, additional);
        var compilation = (await project.GetCompilationAsync())!;
        CSharpGeneratorDriver.Create([new GilGenGenerator().AsSourceGenerator()], project.AnalyzerOptions.AdditionalFiles, TestProject.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);
        var errors = generatorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The fixed snippet does not compile:\n" + string.Join("\n", errors));
        var csharpErrors = generated.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(csharpErrors.Count == 0, "The fixed C# does not compile:\n" + string.Join("\n", csharpErrors));
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
