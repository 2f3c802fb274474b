using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Sdk;

namespace GilGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// Before/after tests for code fixes on C# documents. <see cref="VerifyFixAsync"/> applies the
/// first fix offered for one diagnostic at a time until none is left (or the fixed text stops
/// changing); <see cref="VerifyFixAllAsync"/> applies the provider's Fix All once for the whole
/// document. Either way the result must equal <c>expected</c> and produce no diagnostics of the ids fixed.
/// </summary>
internal static class CodeFixVerifier
{
    /// <summary>Fixes the diagnostics of <paramref name="ids"/> in Test0.cs one by one.</summary>
    public static async Task VerifyFixAsync(DiagnosticAnalyzer analyzer, CodeFixProvider fix, string source, string expected, int maxIterations = 20, string? title = null)
    {
        var project = TestProject.Create([("Test0.cs", source)]);
        for (var i = 0; i < maxIterations; i++)
        {
            var document = project.Documents.Single();
            var diagnostic = (await FixableAsync(project, analyzer, fix)).FirstOrDefault();
            if (diagnostic is null) break;
            var action = await FirstActionAsync(document, fix, diagnostic, title)
                ?? throw new XunitException($"No code fix offered for {diagnostic}");
            project = await ApplyAsync(action, document.Project);
        }
        await AssertFixedAsync(project, analyzer, fix, expected);
    }

    /// <summary>Applies Fix All (document scope) for every fixable diagnostic of Test0.cs at once.</summary>
    public static async Task VerifyFixAllAsync(DiagnosticAnalyzer analyzer, CodeFixProvider fix, string source, string expected, string? title = null)
    {
        var project = TestProject.Create([("Test0.cs", source)]);
        var document = project.Documents.Single();
        var diagnostics = await FixableAsync(project, analyzer, fix);
        if (diagnostics.Length == 0) throw new XunitException("Nothing to fix in the source.");
        var first = await FirstActionAsync(document, fix, diagnostics[0], title) ?? throw new XunitException("No code fix offered.");
        var fixAll = fix.GetFixAllProvider() ?? throw new XunitException("The provider has no Fix All.");
        var context = new FixAllContext(document, fix, FixAllScope.Document, first.EquivalenceKey,
            fix.FixableDiagnosticIds, new FixedDiagnostics(diagnostics), CancellationToken.None);
        var action = await fixAll.GetFixAsync(context) ?? throw new XunitException("Fix All offered no action.");
        project = await ApplyAsync(action, project);
        await AssertFixedAsync(project, analyzer, fix, expected);
    }

    private static async Task AssertFixedAsync(Project project, DiagnosticAnalyzer analyzer, CodeFixProvider fix, string expected)
    {
        var actual = (await project.Documents.Single().GetTextAsync()).ToString();
        if (Normalize(expected) != Normalize(actual)) throw new XunitException("The fixed source differs; it is:\n" + Normalize(actual));
        var left = await FixableAsync(project, analyzer, fix);
        Assert.True(left.Length == 0, "Still reported after the fix:\n" + string.Join("\n", left.Select(d => d.ToString())));
        var errors = (await TestProject.AnalyzeAsync(project, [analyzer])).Compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The fixed source does not compile:\n" + string.Join("\n", errors));
    }

    private static async Task<ImmutableArray<Diagnostic>> FixableAsync(Project project, DiagnosticAnalyzer analyzer, CodeFixProvider fix)
    {
        var run = await TestProject.AnalyzeAsync(project, [analyzer]);
        if (run.Exceptions.Count > 0) throw new XunitException("Analyzer threw (AD0001):\n" + string.Join("\n", run.Exceptions));
        return run.Diagnostics.Where(d => fix.FixableDiagnosticIds.Contains(d.Id) && d.Location.IsInSource)
            .OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    private static async Task<CodeAction?> FirstActionAsync(Document document, CodeFixProvider fix, Diagnostic diagnostic, string? title = null)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None);
        await fix.RegisterCodeFixesAsync(context);
        return title is null ? actions.FirstOrDefault() : actions.FirstOrDefault(a => a.Title == title);
    }

    private static async Task<Project> ApplyAsync(CodeAction action, Project project)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var apply = operations.OfType<ApplyChangesOperation>().Single();
        return apply.ChangedSolution.GetProject(project.Id)!;
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    /// <summary>Serves Fix All the diagnostics already computed.</summary>
    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>([]);
    }
}
