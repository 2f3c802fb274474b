using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GilGen.Benchmarks;

/// <summary>What the analyzer benchmarks compile against and analyze with.</summary>
internal static class AnalyzerInputs
{
    /// <summary>Every DiagnosticAnalyzer type that GilGen.Analyzers exports, whatever its name.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> GilGenAnalyzers() =>
        Assembly.Load(new AssemblyName("GilGen.Analyzers")).GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t, nonPublic: true)!)
            .ToImmutableArray();

    /// <summary>The framework this process runs on, and GilGen.Runtime ([GuardedBy], [GilModule]).</summary>
    public static MetadataReference[] References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is var n && (n.StartsWith("System.", StringComparison.Ordinal) || n is "mscorlib.dll" or "netstandard.dll"))
            .Append(typeof(GilGen.GuardedByAttribute).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();
}
