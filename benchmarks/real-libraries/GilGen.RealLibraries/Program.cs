using System;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace GilGen.RealLibraries;

/// <summary>
/// <c>dotnet run --project benchmarks/real-libraries/GilGen.RealLibraries -c Release -- --real-libraries DIR</c>:
/// for each <c>owner__repo</c> folder under DIR, compiles its C# files, runs every GilGen C# analyzer and
/// prints each report (rule, file, line, message), the compiler's error count, and the analyzer
/// exceptions (AD0001). Exits 1 when any analyzer threw, 2 on bad arguments.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var directory = args.Length == 2 && args[0] == "--real-libraries" ? args[1] : null;
        if (directory is null || !Directory.Exists(directory))
        {
            Console.Error.WriteLine("usage: GilGen.RealLibraries --real-libraries DIR   (DIR holds one owner__repo folder per library)");
            return 2;
        }

        var analyzers = AnalyzerRun.GilGenAnalyzers();
        Console.WriteLine($"analyzers: {string.Join(", ", analyzers.Select(a => a.GetType().Name))}");
        int reports = 0, failures = 0;
        foreach (var library in LibraryFolder.All(directory))
        {
            var compilation = library.Compile();
            var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            var (diagnostics, exceptions) = AnalyzerRun.Run(compilation, analyzers, CancellationToken.None);
            var ad0001 = diagnostics.Count(d => d.Id == "AD0001");
            Console.WriteLine();
            Console.WriteLine($"== {library.Name}: {library.Files.Count} files, {library.Lines} lines, {errors} compiler errors (unresolved third-party types and version skew)");
            foreach (var diagnostic in diagnostics
                .Where(d => d.Id != "AD0001")
                .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ThenBy(d => d.Id, StringComparer.Ordinal))
            {
                var line = diagnostic.Location.GetLineSpan();
                var file = line.Path.Length == 0 ? "(no file)" : library.Relative(line.Path);
                Console.WriteLine($"{diagnostic.Id}\t{file}:{line.StartLinePosition.Line + 1}\t{diagnostic.GetMessage()}");
                reports++;
            }
            foreach (var diagnostic in diagnostics.Where(d => d.Id == "AD0001"))
                Console.WriteLine($"AD0001\t{diagnostic.GetMessage()}");
            foreach (var exception in exceptions)
                Console.WriteLine($"EXCEPTION\t{exception}");
            Console.WriteLine($"-- {library.Name}: {diagnostics.Length - ad0001} reports, {ad0001} AD0001, {exceptions.Count} analyzer exceptions");
            failures += ad0001 + exceptions.Count;
        }

        Console.WriteLine();
        Console.WriteLine($"total: {reports} reports, {failures} AD0001/analyzer exceptions");
        return failures == 0 ? 0 : 1;
    }
}
