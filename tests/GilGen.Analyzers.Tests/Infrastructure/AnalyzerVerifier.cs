using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace GilGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// Markup tests for analyzers, run by Microsoft.CodeAnalysis.Testing (<see cref="GilGenAnalyzerTest"/>):
/// the diagnostics reported must be exactly the marked spans — nothing missing, nothing extra — no
/// analyzer may throw (AD0001), and unless <c>allowCompilerErrors</c> the sources, with the code
/// GilGen's generator made from their snippets, compile without an error (GIL0xxx included: a snippet
/// GilGen cannot run proves nothing about real programs).
/// </summary>
internal static class AnalyzerVerifier
{
    /// <summary>Checks one C# source (Test0.cs) against its markup.</summary>
    public static Task VerifyAsync(DiagnosticAnalyzer analyzer, string markup, string? defaultId = null)
        => VerifyAsync([analyzer], [("Test0.cs", markup)], [], defaultId);

    /// <summary>
    /// Checks C# sources and additional files (.py) against their markup: <c>{|GIL2004:text|}</c> names
    /// the id, <c>[|text|]</c> stands for <paramref name="defaultId"/>.
    /// </summary>
    public static async Task VerifyAsync(
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        IReadOnlyList<(string Path, string Markup)> sources,
        IReadOnlyList<(string Path, string Markup)> additionalFiles,
        string? defaultId = null,
        string? editorConfig = null,
        bool allowCompilerErrors = false)
    {
        var test = new GilGenAnalyzerTest(analyzers)
        {
            CompilerDiagnostics = allowCompilerErrors ? CompilerDiagnostics.None : CompilerDiagnostics.Errors,
        };
        // The library reports the generator's diagnostics whatever CompilerDiagnostics says: a case of
        // broken Python expects the generator's own errors (GIL0001 ...) and nothing from the analyzers.
        if (allowCompilerErrors)
            test.ExpectedDiagnostics.AddRange(await GeneratorErrorsAsync(analyzers, sources, additionalFiles));
        foreach (var (path, markup) in sources)
            test.TestState.Sources.Add((TestProject.Directory + path, WithDefaultId(markup, defaultId)));
        foreach (var (path, markup) in additionalFiles)
            test.TestState.AdditionalFiles.Add((TestProject.Directory + path, WithDefaultId(markup, defaultId)));
        if (editorConfig is not null)
            test.TestState.AnalyzerConfigFiles.Add((TestProject.Directory + ".editorconfig", editorConfig));
        await test.RunAsync();
    }

    private static async Task<IEnumerable<DiagnosticResult>> GeneratorErrorsAsync(ImmutableArray<DiagnosticAnalyzer> analyzers,
        IReadOnlyList<(string Path, string Markup)> sources, IReadOnlyList<(string Path, string Markup)> additionalFiles)
    {
        static IEnumerable<(string, string)> Plain(IReadOnlyList<(string Path, string Markup)> files) =>
            files.Select(f => (f.Path, Markup.Parse(f.Markup, f.Path, "GIL0000").Text));
        var run = await TestProject.AnalyzeAsync(TestProject.Create(Plain(sources), Plain(additionalFiles)), analyzers);
        return run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => new DiagnosticResult(d.Id, d.Severity).WithSpan(d.Location.GetLineSpan()));
    }

    // The testing library reads [|...|] as "the analyzer's only diagnostic"; GilGen's analyzers report
    // several ids, so the test's default id is written out.
    internal static string WithDefaultId(string markup, string? defaultId) =>
        defaultId is null ? markup : markup.Replace("[|", "{|" + defaultId + ":").Replace("|]", "|}");
}
