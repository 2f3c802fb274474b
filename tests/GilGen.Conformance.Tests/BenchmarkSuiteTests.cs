using System.IO;
using System.Linq;

namespace GilGen.Conformance.Tests;

/// <summary>
/// The benchmark suite is complete: every program it lists is in the corpus (where <see cref="CorpusTests"/>
/// checks its small default size byte for byte, so that is not repeated here), takes its size from
/// <c>sys.argv[1]</c>, and has CPython's output at its benchmark size for benchmarks/suite.sh to check against.
/// </summary>
public sealed class BenchmarkSuiteTests
{
    /// <summary>Issue 10 asks for at least twelve programs.</summary>
    [Fact]
    public void Suite_lists_at_least_twelve_distinct_programs()
    {
        var names = BenchmarkSuite.Entries.Select(e => e.Name).ToList();
        Assert.True(names.Count >= 12, $"only {names.Count} programs listed");
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    /// <summary>Each program is a corpus program of the benchmarks area, listed with a positive size, reading it from argv.</summary>
    [Fact]
    public void Every_listed_program_is_a_corpus_program_with_a_size_argument()
    {
        foreach (var (name, size) in BenchmarkSuite.Entries)
        {
            var program = ConformanceCorpus.Programs.SingleOrDefault(p => p.Area == BenchmarkSuite.Area && p.Name == name);
            Assert.True(program is not null, $"{name} is not in the corpus's {BenchmarkSuite.Area} area");
            Assert.True(program!.ExpectedOutput is not null, $"{name} has no .out for its default size");
            Assert.True(int.TryParse(size, out int n) && n > 0, $"{name}: size '{size}' is not a positive integer");
            Assert.Contains("sys.argv[1]", program.Source);
        }
    }

    /// <summary>Each listed program has its expected output at the benchmark size, and no expected output is left over.</summary>
    [Fact]
    public void Every_listed_program_has_its_expected_output_and_nothing_else_does()
    {
        var names = BenchmarkSuite.Entries.Select(e => e.Name).ToHashSet();
        foreach (var name in names)
        {
            string path = BenchmarkSuite.ExpectedOutputPath(name);
            Assert.True(File.Exists(path), $"{name} has no expected/{name}.out");
            Assert.NotEqual(0, new FileInfo(path).Length);
        }
        var extra = Directory.EnumerateFiles(Path.Combine(BenchmarkSuite.Root, "expected"))
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !names.Contains(name!))
            .ToList();
        Assert.True(extra.Count == 0, "expected outputs of unlisted programs: " + string.Join(", ", extra));
    }

    /// <summary>Every program of the benchmarks area is in the suite, so the suite and the area cannot drift apart.</summary>
    [Fact]
    public void Every_benchmarks_area_program_is_in_the_suite()
    {
        var names = BenchmarkSuite.Entries.Select(e => e.Name).ToHashSet();
        var missing = ConformanceCorpus.Programs.Where(p => p.Area == BenchmarkSuite.Area && !names.Contains(p.Name)).Select(p => p.Name).ToList();
        Assert.True(missing.Count == 0, "benchmarks-area programs not in benchmarks/suite/programs.txt: " + string.Join(", ", missing));
    }
}
