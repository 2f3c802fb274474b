using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using GilGen.Cli.Caching;
using GilGen.Fuzz.Generation;
using GilGen.Fuzz.Model;
using GilGen.Fuzz.Running;

namespace GilGen.Fuzz.Tests;

/// <summary>
/// The CI range of the program fuzzer: every program prints under GilGen what CPython 3.12 printed
/// for it (and ends with the same exception, if any). All run once, in batches in parallel, from
/// an assembly cache beside the test assembly.
/// </summary>
public class GeneratedProgramTests
{
    private static readonly Lazy<IReadOnlyDictionary<ulong, (string Source, RunOutcome Outcome)>> s_runs = new(RunAll);

    private static IReadOnlyDictionary<ulong, (string, RunOutcome)> RunAll()
    {
        var runner = new GilGenRunner(new AssemblyCache(Path.Combine(AppContext.BaseDirectory, "fuzz-cache")), TimeSpan.FromSeconds(60));
        var results = new System.Collections.Concurrent.ConcurrentDictionary<ulong, (string, RunOutcome)>();
        var batches = FuzzGoldens.Programs.Value.Keys.OrderBy(s => s).Chunk(25).ToList();
        Parallel.ForEach(batches, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, batch =>
        {
            string[] sources = batch.Select(s => ProgramGenerator.Program(s).Render()).ToArray();
            IReadOnlyList<RunOutcome> outcomes = runner.Run(sources);
            for (int i = 0; i < batch.Length; i++)
                results[batch[i]] = (sources[i], outcomes[i]);
        });
        return results;
    }

    [Theory]
    [MemberData(nameof(FuzzGoldens.ProgramSeeds), MemberType = typeof(FuzzGoldens))]
    public void Program_prints_what_CPython_printed(ulong seed)
    {
        var golden = FuzzGoldens.Programs.Value[seed];
        var (source, outcome) = s_runs.Value[seed];
        Assert.True(FuzzProgram.HashOf(source) == golden.Hash, FuzzGoldens.Changed("program", seed));
        Assert.True(outcome.Failure is null, $"seed {seed}: {outcome.Failure}\n{source}");
        Assert.True(golden.Escaped == outcome.Escaped, $"seed {seed}: CPython ended with {golden.Escaped ?? "no exception"}, GilGen with {outcome.Escaped ?? "no exception"}\n{source}");
        Assert.True(golden.Stdout == outcome.Stdout, $"seed {seed}: {Comparison.FirstDifference(golden.Stdout, outcome.Stdout)}\n{source}");
    }
}
