using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Sdk;

namespace GilGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// Markup tests for analyzers: the diagnostics reported must be exactly the marked spans
/// (<see cref="Markup"/>) — nothing missing, nothing extra — and no analyzer may throw.
/// </summary>
internal static class AnalyzerVerifier
{
    /// <summary>Checks one C# source (Test0.cs) against its markup.</summary>
    public static Task VerifyAsync(DiagnosticAnalyzer analyzer, string markup, string? defaultId = null)
        => VerifyAsync([analyzer], [("Test0.cs", markup)], [], defaultId);

    /// <summary>Checks C# sources and additional files (.py) against their markup.</summary>
    public static async Task VerifyAsync(
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        IReadOnlyList<(string Path, string Markup)> sources,
        IReadOnlyList<(string Path, string Markup)> additionalFiles,
        string? defaultId = null,
        string? editorConfig = null,
        bool allowCompilerErrors = false)
    {
        var parsedSources = sources.Select(s => (s.Path, Markup: Markup.Parse(s.Markup, TestProject.Directory + s.Path, defaultId))).ToList();
        var parsedAdditional = additionalFiles.Select(s => (s.Path, Markup: Markup.Parse(s.Markup, TestProject.Directory + s.Path, defaultId))).ToList();
        var project = TestProject.Create(
            parsedSources.Select(s => (s.Path, s.Markup.Text)),
            parsedAdditional.Select(s => (s.Path, s.Markup.Text)),
            editorConfig);
        var run = await TestProject.AnalyzeAsync(project, analyzers);

        if (run.Exceptions.Count > 0)
            throw new XunitException("Analyzer threw (AD0001):\n" + string.Join("\n", run.Exceptions));
        if (!allowCompilerErrors)
        {
            // A snippet the generator cannot compile (GIL0xxx) would be analyzed but never run: the
            // case must be Python that GilGen runs, or it proves nothing about real programs.
            var errors = run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !ModulesNotYetProvided.IsPoolImport(d))
                .Concat(run.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)).ToList();
            if (errors.Count > 0)
                throw new XunitException("The test source does not compile:\n" + string.Join("\n", errors));
        }

        var expected = parsedSources.SelectMany(s => s.Markup.Expected).Concat(parsedAdditional.SelectMany(s => s.Markup.Expected))
            .Select(e => (e.Id, e.Path, e.Span)).ToList();
        var actual = run.Diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.Hidden || expected.Any(e => e.Id == d.Id))
            .Select(d => (d.Id, Path: d.Location.GetLineSpan().Path, Span: d.Location.SourceSpan)).ToList();

        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        if (missing.Count == 0 && extra.Count == 0) return;

        var texts = parsedSources.Concat(parsedAdditional).ToDictionary(s => TestProject.Directory + s.Path, s => s.Markup.Text);
        var message = new StringBuilder("Diagnostics differ from the markup.\n");
        foreach (var m in missing) message.Append("  missing: ").Append(Describe(m, texts)).Append('\n');
        foreach (var e in extra)
        {
            var diagnostic = run.Diagnostics.First(d => d.Id == e.Id && d.Location.SourceSpan == e.Span);
            message.Append("  unexpected: ").Append(Describe(e, texts)).Append(" — ").Append(diagnostic.GetMessage()).Append('\n');
        }
        throw new XunitException(message.ToString());
    }

    private static string Describe((string Id, string Path, Microsoft.CodeAnalysis.Text.TextSpan Span) d, Dictionary<string, string> texts)
    {
        var text = texts.TryGetValue(d.Path, out var t) && d.Span.End <= t.Length ? t.Substring(d.Span.Start, d.Span.Length) : "?";
        return $"{{|{d.Id}:{text}|}} at {d.Path}{d.Span}";
    }
}
