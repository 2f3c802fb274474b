using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace GilGen.Benchmarks;

/// <summary>
/// The consumer project of <c>benchmarks/generated-code.sh</c>: N C# files of one <c>[GilModule]</c> snippet of
/// about 15 Python lines each and an empty Program.cs, written by <c>benchmarks/generated_code_project.py</c> (run
/// here with <c>python3</c>, or <c>$PYTHON</c>), so that the shapes of the snippets are kept in one place.
/// </summary>
internal static class GeneratedCodeProject
{
    /// <summary>The files (path relative to the project, text) of a project of <paramref name="snippets"/> snippets.</summary>
    public static IReadOnlyList<(string Path, string Text)> Generate(int snippets)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"gilgen-edit-latency-{Environment.ProcessId}-{snippets}");
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        Directory.CreateDirectory(directory);
        try
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("PYTHON") ?? "python3") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Script());
            start.ArgumentList.Add(directory);
            start.ArgumentList.Add(snippets.ToString(System.Globalization.CultureInfo.InvariantCulture));
            using var python = Process.Start(start)!;
            var error = python.StandardError.ReadToEndAsync();
            python.StandardOutput.ReadToEnd();
            python.WaitForExit();
            if (python.ExitCode != 0) throw new InvalidOperationException($"generated_code_project.py failed ({python.ExitCode}): {error.Result}");
            // Sorted by path, so that every run builds the compilation in the same order.
            return Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
                .Select(path => (Path: Path.GetRelativePath(directory, path).Replace('\\', '/'), Text: File.ReadAllText(path)))
                .OrderBy(file => file.Path, StringComparer.Ordinal)
                .ToList();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // The script lives in the repository's benchmarks folder, above the benchmark's output folder.
    private static string Script()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "benchmarks", "generated_code_project.py");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("benchmarks/generated_code_project.py not found above " + AppContext.BaseDirectory);
    }
}
