using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace GilGen.Conformance.Tests;

/// <summary>
/// The public benchmark suite (benchmarks/suite/programs.txt and its expected outputs, copied beside
/// the test assembly by the .csproj): each line names a program of the corpus's benchmarks area and the
/// problem size benchmarks/suite.sh runs it at.
/// </summary>
public static class BenchmarkSuite
{
    /// <summary>The area of the corpus that holds the suite's programs (kept there once, not copied).</summary>
    public const string Area = "benchmarks";

    /// <summary>The suite folder beside the test assembly.</summary>
    public static string Root => Path.Combine(AppContext.BaseDirectory, "benchmark-suite");

    /// <summary>CPython 3.12's stdout for <paramref name="name"/> at its benchmark size.</summary>
    public static string ExpectedOutputPath(string name) => Path.Combine(Root, "expected", name + ".out");

    /// <summary>Every listed program with its size as written, in the list's order ('#' lines are comments).</summary>
    public static IReadOnlyList<(string Name, string Size)> Entries =>
        File.ReadAllLines(Path.Combine(Root, "programs.txt"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(fields => (fields[0], fields.Length == 2 ? fields[1] : ""))
            .ToList();
}
