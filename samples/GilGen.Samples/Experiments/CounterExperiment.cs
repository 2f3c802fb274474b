using System.Globalization;
using GilGen.Runtime;

namespace GilGen.Samples.Experiments;

/// <summary>
/// Seeds 07 and 08: ten threads each add 1 to a global 100,000 times. Under <c>modern</c> (CPython
/// 3.10+) no update is lost, because a thread only switches at backward jumps and calls; under
/// <c>py39</c> a switch can fall between the load and the store of <c>counter += 1</c>, and updates
/// are lost, as on CPython 3.9; with a lock none is lost under either.
/// </summary>
public sealed partial class CounterExperiment : IExperiment
{
    private const long Threads = 10;
    private const long SeedSize = 100_000;

    /// <inheritdoc/>
    public string Title => "10 threads incrementing a global, without and with a lock (seeds 07, 08)";

    [GilModule("""
        import sys
        import threading

        per_thread = int(sys.argv[1])
        counter = 0

        def increment():
            global counter
            for _ in range(per_thread):
                counter += 1

        threads = []
        for _ in range(10):
            thread = threading.Thread(target=increment)
            threads.append(thread)
            thread.start()

        for thread in threads:
            thread.join()
        """)]
    private static partial class UnlockedCounter;

    [GilModule("""
        import sys
        import threading

        per_thread = int(sys.argv[1])
        counter = 0
        lock = threading.Lock()

        def increment():
            global counter
            for _ in range(per_thread):
                with lock:
                    counter += 1

        threads = []
        for _ in range(10):
            thread = threading.Thread(target=increment)
            threads.append(thread)
            thread.start()

        for thread in threads:
            thread.join()
        """)]
    private static partial class LockedCounter;

    /// <inheritdoc/>
    public void Run(Report report)
    {
        // py39 paces its switch interval by CPython 3.9's instruction speed (CheckpointPace), so the seed's
        // size overlaps as on CPython 3.9 even though GilGen's loop is about eight times faster.
        foreach ((bool withLock, RuntimeProfile profile) in new[]
        {
            (false, RuntimeProfile.Modern),
            (false, RuntimeProfile.Py39),
            (true, RuntimeProfile.Py39),
        })
        {
            ModuleDefinition module = withLock ? LockedCounter.ModuleDefinition : UnlockedCounter.ModuleDefinition;
            long counter = FinalCounter(module, profile, SeedSize);
            string label = $"{ProfileName(profile)}, 10 x {SeedSize.ToString("N0", CultureInfo.InvariantCulture)}"
                + (withLock ? ", lock" : "");
            report.Row(label, Describe(counter, Threads * SeedSize));
        }
        report.Conclusion("`counter += 1` is LOAD, ADD, STORE: under py39 a switch in between loses updates; the lock prevents it");
    }

    private static long FinalCounter(ModuleDefinition module, RuntimeProfile profile, long perThread)
    {
        var interpreter = new GilInterpreter(new GilOptions
        {
            Profile = profile,
            Argv = new[] { "counter.py", perThread.ToString(CultureInfo.InvariantCulture) },
        });
        PyModule main = interpreter.Run(module);
        return main.GetGlobal("counter").IntValue;
    }

    private static string ProfileName(RuntimeProfile profile) => profile == RuntimeProfile.Py39 ? "py39" : "modern";

    private static string Describe(long counter, long expected)
    {
        string value = counter.ToString("N0", CultureInfo.InvariantCulture);
        return counter == expected
            ? value + "   (no update lost)"
            : value + "   (" + (expected - counter).ToString("N0", CultureInfo.InvariantCulture) + " updates lost)";
    }
}
