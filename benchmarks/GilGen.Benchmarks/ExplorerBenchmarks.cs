using BenchmarkDotNet.Attributes;
using GilGen.Runtime;

namespace GilGen.Benchmarks;

/// <summary>
/// The explorer on seeds 07 (10 threads x 100,000 <c>counter += 1</c>) and 04 (100 threads, one
/// <c>n += 1</c> each) under <c>py39</c>: one schedule (its mean is the inverse of schedules per second), and
/// the time to the first failing schedule, found, shrunk and reported, as <c>gilgen explore</c> does it.
/// An operation takes from tens of milliseconds to seconds, so a few iterations do:
/// <c>dotnet run -c Release --project benchmarks/GilGen.Benchmarks -- --filter '*Explorer*' --warmupCount 1 --iterationCount 5</c>
/// (add <c>--inProcess</c> on a loaded machine, where building the benchmark's boilerplate can time out).
/// </summary>
[MemoryDiagnoser]
public class ExplorerBenchmarks
{
    private int _seed;

    /// <summary>Which seed program.</summary>
    [Params("07", "04")]
    public string Seed { get; set; } = "07";

    private ModuleDefinition Module => Seed == "07" ? Seeds._07RaceCounter.ModuleDefinition : Seeds._04Race100Threads.ModuleDefinition;

    /// <summary>One PCT schedule (a new seed each time), as the explorer runs it.</summary>
    [Benchmark]
    public string OneSchedule()
    {
        var strategy = new PctStrategy(++_seed, 3, Seed == "07" ? 5_000_000 : 3_300);
        return ScheduledRun.Run(Module, RuntimeProfile.Py39, strategy, 100_000_000).Stdout;
    }

    /// <summary>The reference run, the schedules up to the first failing one, its shrinking and its report.</summary>
    [Benchmark]
    public string FirstFailureFoundShrunkReported()
    {
        ExploreResult result = GilExplorer.Explore(Module, new ExploreOptions { Profile = RuntimeProfile.Py39 });
        return ScheduleReport.Format(result, "seed.py", RuntimeProfile.Py39);
    }

    /// <summary>The reference run and the schedules up to the first failing one, not shrunk.</summary>
    [Benchmark]
    public int FirstFailureFound() =>
        GilExplorer.Explore(Module, new ExploreOptions { Profile = RuntimeProfile.Py39, Shrink = false }).SchedulesRun;
}
