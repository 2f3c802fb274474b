using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GilGen.Analyzers.Tests.Infrastructure;
using GilGen.CodeFixes.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Sdk;

namespace GilGen.Analyzers.Tests.CSharp.CodeFixes;

/// <summary>
/// What the shared <see cref="CodeFixVerifier"/> does not do, for the GIL2001/GIL2002 fixes: pick the
/// fix by equivalence key (the lock fix where Interlocked is offered first), compile at another
/// language version, list the fixes offered, and check that the fixed code has no new compiler
/// warning (CS0420 would break a build with TreatWarningsAsErrors). Diagnostics come from
/// <see cref="ReadModifyWriteTestAnalyzer"/>.
/// </summary>
internal static class ReadModifyWriteFixHarness
{
    public static readonly ReadModifyWriteTestAnalyzer Analyzer = new();
    public static readonly ReadModifyWriteCodeFixProvider Provider = new();

    /// <summary>
    /// Applies the fix of <paramref name="equivalenceKey"/> (one diagnostic at a time, or Fix All
    /// once) and checks the text, that <paramref name="remaining"/> diagnostics are left, that the
    /// result compiles and that it has no compiler warning the source did not have.
    /// </summary>
    public static async Task<Project> VerifyAsync(string source, string expected, string equivalenceKey,
        bool fixAll = false, LanguageVersion languageVersion = LanguageVersion.Latest, int remaining = 0)
    {
        var before = Create(source, languageVersion);
        var warningsBefore = await WarningIdsAsync(before);
        var after = fixAll ? await FixAllAsync(before, equivalenceKey) : await FixOneByOneAsync(before, equivalenceKey);

        var actual = (await after.Documents.Single().GetTextAsync()).ToString();
        Assert.Equal(expected.Replace("\r\n", "\n"), actual.Replace("\r\n", "\n"));

        var left = await DiagnosticsAsync(after);
        Assert.True(left.Length == remaining, $"Expected {remaining} diagnostics left, found:\n" + string.Join("\n", left));
        var compilation = (await TestProject.AnalyzeAsync(after, [Analyzer])).Compilation;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The fixed source does not compile:\n" + string.Join("\n", errors));
        var newWarnings = compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Warning && !warningsBefore.Contains(d.Id)).ToList();
        Assert.True(newWarnings.Count == 0, "The fix brought new warnings:\n" + string.Join("\n", newWarnings));
        return after;
    }

    /// <summary>The titles of the fixes offered for each diagnostic of <paramref name="source"/>, in source order.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> OfferedAsync(string source)
    {
        var project = Create(source, LanguageVersion.Latest);
        var result = new List<IReadOnlyList<string>>();
        foreach (var diagnostic in await DiagnosticsAsync(project))
            result.Add((await ActionsAsync(project.Documents.Single(), diagnostic)).Select(a => a.Title).ToList());
        return result;
    }

    /// <summary>A Test0.cs project at <paramref name="languageVersion"/>.</summary>
    public static Project Create(string source, LanguageVersion languageVersion) =>
        TestProject.Create([("Test0.cs", source)]).WithParseOptions(TestProject.ParseOptions.WithLanguageVersion(languageVersion));

    private static async Task<Project> FixOneByOneAsync(Project project, string equivalenceKey)
    {
        for (var i = 0; i < 20; i++)
        {
            var document = project.Documents.Single();
            CodeAction? action = null;
            foreach (var diagnostic in await DiagnosticsAsync(project))
            {
                action = (await ActionsAsync(document, diagnostic)).FirstOrDefault(a => a.EquivalenceKey == equivalenceKey);
                if (action is not null) break;
            }
            if (action is null) return project;
            project = await ApplyAsync(action, project);
        }
        throw new XunitException("The fix does not converge.");
    }

    private static async Task<Project> FixAllAsync(Project project, string equivalenceKey)
    {
        var document = project.Documents.Single();
        var diagnostics = await DiagnosticsAsync(project);
        var context = new FixAllContext(document, Provider, FixAllScope.Document, equivalenceKey,
            Provider.FixableDiagnosticIds, new KnownDiagnostics(diagnostics), CancellationToken.None);
        var action = await Provider.GetFixAllProvider().GetFixAsync(context) ?? throw new XunitException("Fix All offered no action.");
        return await ApplyAsync(action, project);
    }

    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project)
    {
        var run = await TestProject.AnalyzeAsync(project, [Analyzer]);
        if (run.Exceptions.Count > 0) throw new XunitException("Analyzer threw:\n" + string.Join("\n", run.Exceptions));
        return run.Diagnostics.Where(d => Provider.FixableDiagnosticIds.Contains(d.Id))
            .OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    private static async Task<HashSet<string>> WarningIdsAsync(Project project) =>
        (await TestProject.AnalyzeAsync(project, [Analyzer])).Compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.Id).ToHashSet();

    private static async Task<List<CodeAction>> ActionsAsync(Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await Provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
        return actions;
    }

    private static async Task<Project> ApplyAsync(CodeAction action, Project project)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetProject(project.Id)!;
    }

    /// <summary>Serves Fix All the diagnostics already computed.</summary>
    private sealed class KnownDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>([]);
    }
}
