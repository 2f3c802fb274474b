using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using GilGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GilGen.Analyzers.Tests.Robustness;

/// <summary>
/// Runs GilGen's source generator on a project the way <c>TestProject.AnalyzeAsync</c> does and
/// returns what a build would show if it crashed: the exception of a generator run (CS8784 /
/// CS8785, "Generator 'GilGenGenerator' failed to generate source"). GIL0xxx diagnostics are the
/// generator doing its job and are not returned.
/// </summary>
internal static class GeneratorCheck
{
    /// <summary>The generator's crashes on <paramref name="project"/>; empty when it ran to completion.</summary>
    public static async Task<IReadOnlyList<string>> CrashesAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
        var options = project.AnalyzerOptions;
        var driver = CSharpGeneratorDriver.Create(
                [new GilGenGenerator().AsSourceGenerator()],
                options.AdditionalFiles,
                (CSharpParseOptions)project.ParseOptions!,
                options.AnalyzerConfigOptionsProvider)
            .RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);
        var crashes = diagnostics.Where(d => d.Id is "CS8784" or "CS8785").Select(d => d.ToString()).ToList();
        crashes.AddRange(driver.GetRunResult().Results.Where(r => r.Exception is not null).Select(r => r.Exception!.ToString()));
        return crashes;
    }
}
