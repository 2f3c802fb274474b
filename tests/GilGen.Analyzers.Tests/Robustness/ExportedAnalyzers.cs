using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GilGen.Analyzers.Tests.Robustness;

/// <summary>
/// Every <see cref="DiagnosticAnalyzer"/> that the GilGen.Analyzers assembly exports (non-abstract,
/// marked <c>[DiagnosticAnalyzer]</c>), found by reflection: what the compiler loads from the
/// package, whatever the classes are called.
/// </summary>
internal static class ExportedAnalyzers
{
    /// <summary>A new instance of each exported analyzer, ordered by type name.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Create() =>
        typeof(DiagnosticDescriptors).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t, nonPublic: true)!)
            .ToImmutableArray();
}
