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

    /// <summary>
    /// GilGen's source generator, loaded from beside the benchmark (the project references it as an analyzer, not as
    /// an assembly).
    /// </summary>
    public static IIncrementalGenerator GilGenGenerator() =>
        (IIncrementalGenerator)Activator.CreateInstance(Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, "GilGen.Generator.dll"))
            .GetType("GilGen.Generator.GilGenGenerator", throwOnError: true)!)!;

    /// <summary>
    /// The .NET Regex source generator, from the analyzers folder of the SDK's newest Microsoft.NETCore.App.Ref pack
    /// (beside the runtime this process runs on), for comparisons with GilGen's generator.
    /// </summary>
    public static IIncrementalGenerator RegexGenerator()
    {
        var dotnetRoot = Path.GetFullPath(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var pack = Directory.GetDirectories(Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref"))
            .Where(d => Version.TryParse(Path.GetFileName(d), out _))
            .OrderBy(d => Version.Parse(Path.GetFileName(d)))
            .Last();
        var assembly = Assembly.LoadFrom(Path.Combine(pack, "analyzers", "dotnet", "cs", "System.Text.RegularExpressions.Generator.dll"));
        return (IIncrementalGenerator)Activator.CreateInstance(assembly.GetType("System.Text.RegularExpressions.Generator.RegexGenerator", throwOnError: true)!)!;
    }

    /// <summary>The framework this process runs on, and GilGen.Runtime ([GuardedBy], [GilModule]).</summary>
    public static MetadataReference[] References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is var n && (n.StartsWith("System.", StringComparison.Ordinal) || n is "mscorlib.dll" or "netstandard.dll"))
            .Append(typeof(GilGen.GuardedByAttribute).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();
}
