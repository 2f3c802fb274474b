using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GilGen.RealLibraries;

/// <summary>
/// Every GilGen analyzer that declares C# run over one compilation through
/// <see cref="CompilationWithAnalyzers"/>, as an IDE or a build host runs them, with analyzer exceptions
/// collected instead of hidden.
/// </summary>
internal static class AnalyzerRun
{
    /// <summary>One instance of every C# <see cref="DiagnosticAnalyzer"/> in the GilGen.Analyzers assembly.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> GilGenAnalyzers() =>
        typeof(GilGen.Analyzers.CSharp.SharedFieldRaceAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Where(t => t.GetCustomAttribute<DiagnosticAnalyzerAttribute>()?.Languages.Contains(LanguageNames.CSharp) == true)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>The analyzers' diagnostics (AD0001 included) and the exceptions they threw.</summary>
    public static (ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<string> Exceptions) Run(
        Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellation)
    {
        var exceptions = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellation).GetAwaiter().GetResult();
        return (diagnostics, exceptions.ToList());
    }
}
