using System.Linq;

namespace GilGen.Conformance.Tests;

/// <summary>Every program of the corpus prints its .out file byte for byte, both ways.</summary>
public sealed class CorpusTests
{
    /// <summary>One case per program.</summary>
    public static TheoryData<string> Programs => ConformanceCorpus.Ids;

    /// <summary>Through <c>gilgen run</c>.</summary>
    [Theory]
    [MemberData(nameof(Programs))]
    public void Gilgen_run_prints_what_CPython_printed(string id) =>
        AssertPrintsExpected(ConformanceCorpus.Find(id), GilgenCommandRun.Outcome(id));

    /// <summary>The concurrency programs, one case each, for the py39 run.</summary>
    public static TheoryData<string> ConcurrencyPrograms => ConformanceCorpus.ConcurrencyIds;

    /// <summary>
    /// The concurrency programs through <c>gilgen run --profile py39</c> too: their output is CPython's whichever
    /// GIL runs them (issue 9: "passes byte for byte under both profiles").
    /// </summary>
    [Theory]
    [MemberData(nameof(ConcurrencyPrograms))]
    public void Gilgen_run_under_py39_prints_what_CPython_printed(string id) =>
        AssertPrintsExpected(ConformanceCorpus.Find(id), GilgenCommandRun.Py39Outcome(id));

    /// <summary>Through the source generator, compiled with every other program into one assembly.</summary>
    [Theory]
    [MemberData(nameof(Programs))]
    public void Source_generator_module_prints_what_CPython_printed(string id) =>
        AssertPrintsExpected(ConformanceCorpus.Find(id), SourceGeneratorRun.Outcome(id));

    /// <summary>The corpus is well formed: each program has its .out, and names are unique (a name is a module name).</summary>
    [Fact]
    public void Corpus_is_well_formed()
    {
        var programs = ConformanceCorpus.Programs;
        Assert.NotEmpty(programs);
        Assert.All(programs, p => Assert.True(p.ExpectedOutput is not null, p.Id + " has no .out file"));
        var duplicates = programs.GroupBy(p => p.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "program names used twice: " + string.Join(", ", duplicates));
    }

    private static void AssertPrintsExpected(ConformanceProgram program, ProgramOutcome outcome)
    {
        Assert.True(outcome.ExitCode == 0 && outcome.Stderr.Length == 0,
            $"{program.Id} exited with {outcome.ExitCode}; stderr:\n{outcome.Stderr}");
        Assert.Equal(program.ExpectedOutput, outcome.Stdout.Replace("\r\n", "\n"));
    }
}
