using Microsoft.CodeAnalysis.Diagnostics;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// Where <see cref="SharedFieldRaceAnalyzer"/> computes and reports its diagnostics, chosen by the global
/// analyzer option <c>gilgen_race_reporting</c>:
/// <list type="bullet">
/// <item><c>per_document</c> (the default, for the IDE): each operation block reports from
/// <see cref="CompilationRaces"/>, which binds every document on first demand, so the open document shows
/// its races without full-solution analysis;</item>
/// <item><c>compilation_end</c> (for command-line builds, set by the package's build props): the facts
/// are collected from the analyzer driver's own operation blocks as it hands them over
/// (<see cref="DriverRaceFacts"/>), and judged and reported in a compilation-end action. In a build
/// the compiler has already bound each block it hands over, so nothing is bound twice; the per-document
/// path binds every document ahead of the compiler, which binds it again for emit (on an 85,000-line
/// project, a third of the build).</item>
/// </list>
/// Both give the same diagnostics: the same blocks' facts, in the same order.
/// </summary>
internal static class RaceReporting
{
    /// <summary>The global analyzer option's name.</summary>
    public const string OptionName = "gilgen_race_reporting";

    /// <summary>The value that asks for reporting at compilation end.</summary>
    public const string CompilationEnd = "compilation_end";

    /// <summary>Whether <paramref name="options"/> ask for reporting at compilation end.</summary>
    public static bool AtCompilationEnd(AnalyzerOptions options) =>
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(OptionName, out var value)
        && string.Equals(value.Trim(), CompilationEnd, System.StringComparison.OrdinalIgnoreCase);
}
