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
    private const long Expected = 1_000_000;

    /// <inheritdoc/>
    public string Title => "10 threads x 100,000 increments of a global (seeds 07, 08)";

    [GilModule("""
        import threading

        counter = 0

        def increment():
            global counter
            for _ in range(100000):
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
        import threading

        counter = 0
        lock = threading.Lock()

        def increment():
            global counter
            for _ in range(100000):
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
        long modern = FinalCounter(UnlockedCounter.ModuleDefinition, RuntimeProfile.Modern);
        long py39 = FinalCounter(UnlockedCounter.ModuleDefinition, RuntimeProfile.Py39);
        long lockedPy39 = FinalCounter(LockedCounter.ModuleDefinition, RuntimeProfile.Py39);

        report.Row("modern, no lock", Describe(modern));
        report.Row("py39, no lock", Describe(py39));
        report.Row("py39, with a lock", Describe(lockedPy39));
        report.Conclusion(py39 < Expected
            ? "`counter += 1` is LOAD, ADD, STORE: a switch in between loses updates; the lock prevents it"
            : "py39 lost no update this time: the race is real but needs a switch inside `counter += 1`");
    }

    private static long FinalCounter(ModuleDefinition module, RuntimeProfile profile)
    {
        var interpreter = new GilInterpreter(new GilOptions { Profile = profile });
        PyModule main = interpreter.Run(module);
        PyValue counter = main.GetGlobal("counter");
        return counter.IntValue;
    }

    private static string Describe(long counter)
    {
        string value = counter.ToString("N0", CultureInfo.InvariantCulture);
        return counter == Expected
            ? value + "   (no update lost)"
            : value + "   (" + (Expected - counter).ToString("N0", CultureInfo.InvariantCulture) + " updates lost)";
    }
}
