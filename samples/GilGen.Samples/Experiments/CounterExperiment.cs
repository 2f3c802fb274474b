using System.Globalization;
using System.IO;
using System.Linq;
using GilGen.Runtime;

namespace GilGen.Samples.Experiments;

/// <summary>
/// Seeds 07 and 08: ten threads each add 1 to a global 100,000 times. Under <c>modern</c> (CPython
/// 3.10+) no update is lost, because a thread only switches at backward jumps and calls; under
/// <c>py39</c> a switch can fall between the load and the store of <c>counter += 1</c>, and updates
/// are lost, as on CPython 3.9; with a lock none is lost under either.
/// </summary>
public sealed class CounterExperiment : IExperiment
{
    private const long Threads = 10;
    private const long SeedSize = 100_000;
    private const int Runs = 3;

    /// <inheritdoc/>
    public string Title => "10 threads incrementing a global, without and with a lock (seeds 07, 08)";

    /// <inheritdoc/>
    public void Run(Report report)
    {
        // py39 paces its switch interval by CPython 3.9's instruction speed (CheckpointPace), so the seed's
        // size overlaps as on CPython 3.9 even though GilGen's loop is about eight times faster. How many
        // updates are lost depends on where each switch falls, so every row is the seed run three times,
        // as one would run it on CPython 3.9 (which printed 656,444..953,049 in twelve runs).
        foreach ((bool withLock, RuntimeProfile profile) in new[]
        {
            (false, RuntimeProfile.Modern),
            (false, RuntimeProfile.Py39),
            (true, RuntimeProfile.Py39),
        })
        {
            ModuleDefinition module = withLock ? SeedCounters.Locked.ModuleDefinition : SeedCounters.Unlocked.ModuleDefinition;
            var finals = new long[Runs];
            for (int run = 0; run < Runs; run++) finals[run] = FinalCounter(module, profile, SeedSize);
            string label = $"{ScheduleReport.ProfileName(profile)}, 10 x {SeedSize.ToString("N0", CultureInfo.InvariantCulture)}"
                + (withLock ? ", lock" : "");
            report.Row(label, Describe(finals, Threads * SeedSize));
        }
        report.Conclusion("`counter += 1` is LOAD, ADD, STORE: under py39 a switch in between loses updates; the lock prevents it");
    }

    private static long FinalCounter(ModuleDefinition module, RuntimeProfile profile, long perThread)
    {
        var interpreter = new GilInterpreter(new GilOptions
        {
            Profile = profile,
            Stdout = TextWriter.Null,
            Argv = new[] { "counter.py", perThread.ToString(CultureInfo.InvariantCulture) },
        });
        PyModule main = interpreter.Run(module);
        return main.GetGlobal("counter").IntValue;
    }

    private static string Describe(long[] finals, long expected)
    {
        string values = string.Join(", ", finals.Select(f => f.ToString("N0", CultureInfo.InvariantCulture)));
        int lossy = finals.Count(f => f != expected);
        return lossy == 0
            ? values + "   (no update lost)"
            : values + $"   (updates lost in {lossy} of {finals.Length} runs, up to "
              + (expected - finals.Min()).ToString("N0", CultureInfo.InvariantCulture) + ")";
    }
}
