using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using GilGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace GilGen.Analyzers.Tests.Robustness;

/// <summary>
/// Every analyzer of GilGen.Analyzers over every .cs and .py file of this repository — the
/// runtime, the compiler, the generator, the tests with their odd snippets, the snapshots — one
/// compilation per project folder (.py files as additional files, as a consumer would list them).
/// Compile errors are expected (the real projects have references these compilations lack); an
/// analyzer exception (AD0001), a generator crash (CS8785) or a hang is not.
/// </summary>
public sealed class RepositorySweepTests(ITestOutputHelper output)
{
    // A hang detector, not a speed test: the folders of conformance programs take minutes on a loaded machine.
    private static readonly TimeSpan PerProjectTimeout = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task No_analyzer_throws_on_any_source_of_the_repository()
    {
        var analyzers = ExportedAnalyzers.Create();
        Assert.NotEmpty(analyzers);
        var root = GilGen.Tests.RepositoryRoot.Find();
        var groups = SourceGroups(root);
        Assert.True(groups.Sum(g => g.CSharp.Count) > 100, "expected the repository's .cs files under " + root);

        // The groups are independent compilations: analyzed as many at a time as there are cores, so that this test,
        // which xunit tends to start late, is not left running alone on one core (it was the last 4 minutes of the
        // project's run). The largest groups start first (the runtime's alone was 40% of the sweep), so that no large one
        // starts last; each group's report is kept and written in the groups' order.
        var reports = new (string Output, string Failures)[groups.Count];
        var largestFirst = Enumerable.Range(0, groups.Count).OrderByDescending(i => groups[i].CSharp.Concat(groups[i].Python).Sum(f => new FileInfo(f).Length)).ToList();
        await Parallel.ForEachAsync(largestFirst, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (index, _) => reports[index] = await SweepAsync(root, groups[index], analyzers));
        foreach (var report in reports.Where(r => r.Output.Length > 0)) output.WriteLine(report.Output);
        var failures = string.Concat(reports.Select(r => r.Failures));
        Assert.True(failures.Length == 0, failures.ToString());
    }

    /// <summary>Analyzes one group; returns its line for the test output and its failures (empty when none).</summary>
    private static async Task<(string Output, string Failures)> SweepAsync(string root, SourceGroup group, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var project = TestProject.Create(
            group.CSharp.Select(f => (Relative(root, f), File.ReadAllText(f))),
            group.Python.Select(f => (Relative(root, f), File.ReadAllText(f))));
        // The generator runs over every group, for its crashes. The analyzers see the generated code only where it is the
        // attribute snippets' (a project of .cs files alone): the code generated from .py modules is what the Conformance
        // tests compile and run, the C# rules skip generated code, and binding it was nearly all of the sweep's time
        // (the runtime's Lib modules alone: 200 s of a loaded CI machine). Every group's .py files are still analyzed.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        bool overGeneratedCode = group.CSharp.Count > 0 && group.Python.Count == 0;
        var analysis = Task.Run(() => TestProject.AnalyzeAsync(project, analyzers, overGeneratedCode));
        if (await Task.WhenAny(analysis, Task.Delay(PerProjectTimeout)) != analysis)
            return ("", group.Name + ": no result after " + PerProjectTimeout + "\n");
        var result = await analysis;
        var failures = new StringBuilder();
        foreach (var exception in result.Exceptions) failures.Append(group.Name).Append(": analyzer threw: ").Append(exception).Append('\n');
        foreach (var crash in result.GeneratorCrashes) failures.Append(group.Name).Append(": generator crashed: ").Append(crash).Append('\n');
        return ($"{group.Name}: {watch.Elapsed.TotalSeconds:F1} s, {group.CSharp.Count} .cs, {group.Python.Count} .py, {result.Diagnostics.Length} GilGen diagnostics, " +
                string.Join(", ", result.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}")),
            failures.ToString());
    }

    private sealed record SourceGroup(string Name, List<string> CSharp, List<string> Python);

    /// <summary>The files of each project folder (the nearest folder above with a .csproj); the rest by folder.</summary>
    private static List<SourceGroup> SourceGroups(string root)
    {
        var groups = new SortedDictionary<string, SourceGroup>(StringComparer.Ordinal);
        foreach (var file in Files(root))
        {
            var name = ProjectFolder(root, Path.GetDirectoryName(file)!);
            if (!groups.TryGetValue(name, out var group)) groups[name] = group = new SourceGroup(name, [], []);
            (file.EndsWith(".py", StringComparison.Ordinal) ? group.Python : group.CSharp).Add(file);
        }
        return groups.Values.ToList();
    }

    private static IEnumerable<string> Files(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".py", StringComparison.Ordinal)) yield return file;
        }
        foreach (var sub in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(sub);
            if (name is "bin" or "obj" or "artifacts" or "node_modules" || name.StartsWith('.')) continue;
            foreach (var file in Files(sub)) yield return file;
        }
    }

    private static string ProjectFolder(string root, string directory)
    {
        for (var d = directory; d is not null && d.Length >= root.Length; d = Path.GetDirectoryName(d))
        {
            if (Directory.EnumerateFiles(d, "*.csproj").Any()) return Relative(root, d);
        }
        // Files outside any project (the conformance corpus, the examples) are grouped by folder, as a
        // consumer would list one folder's .py files: one compilation of all of them would only be slower.
        return "(no project) " + Relative(root, directory);
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
