using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace GilGen.Generator.Tests.Infrastructure;

/// <summary>What one generator run produced.</summary>
/// <param name="RunResult">The driver's result, with tracked steps and generated sources.</param>
/// <param name="OutputCompilation">The input compilation plus the generated sources.</param>
/// <param name="GeneratorDiagnostics">Diagnostics reported by the generator (GIL*) or about it (CS8785).</param>
internal sealed record GeneratorResult(GeneratorDriverRunResult RunResult, Compilation OutputCompilation, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    /// <summary>The generated sources as (hint name, text).</summary>
    public IEnumerable<(string HintName, string Text)> GeneratedSources
        => RunResult.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString()));

    /// <summary>Errors of compiling the output (generated code included).</summary>
    public IEnumerable<Diagnostic> CompilationErrors
        => OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);
}
