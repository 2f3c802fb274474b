using System.Globalization;
using GilGen.Runtime;

namespace GilGen.Samples.Experiments;

// The convoy effect (issue 8 §4): benchmarks/convoy.py, compiled into this project as the module class Convoy,
// is the program convoy.sh runs side by side with CPython 3.12. Its I/O-bound thread makes short blocking calls
// that release the GIL (time.sleep(0.0001)); beside a CPU-bound thread each return from the call waits for the
// holder to drop the GIL, which it does only when asked after a switch interval: the I/O rate collapses.
public sealed partial class RegimesExperiment
{
    private const double ConvoySeconds = 0.5;

    // I/O operations per second under modern, alone and beside a CPU-bound thread, without and with the
    // opt-in priority for threads returning from a blocking call (GilOptions.IoPriority).
    private static void RunConvoy(Report report)
    {
        long alone = IoRate(ioPriority: false, busy: false);
        long busy = IoRate(ioPriority: false, busy: true);
        long prioritized = IoRate(ioPriority: true, busy: true);
        report.Row("convoy (modern)", Invariant($"I/O thread alone {alone:N0} ops/s, beside a CPU-bound thread {busy:N0} ops/s"));
        report.Row("convoy --io-priority", Invariant($"beside a CPU-bound thread {prioritized:N0} ops/s"));
        report.Conclusion(Invariant($"a CPU-bound thread cuts the I/O thread to {Percent(busy, alone)} of its rate alone (the convoy effect); ")
            + Invariant($"with priority for a thread returning from a blocking call it keeps {Percent(prioritized, alone)}"));
    }

    private static long IoRate(bool ioPriority, bool busy)
    {
        var interpreter = new GilInterpreter(new GilOptions { Profile = RuntimeProfile.Modern, IoPriority = ioPriority });
        ClrValue.RunModule(interpreter, Convoy.ModuleDefinition);
        PyValue seconds = PyValue.Float(ConvoySeconds);
        PyValue rate = ClrValue.CallModuleFunction(interpreter, Convoy.ModuleDefinition, "io_rate",
            [seconds, PyValue.Bool(busy)]);
        seconds.DecRef();
        // A rate is a small int, held inline: nothing to release.
        return rate.IsInt ? rate.IntValue : throw new System.InvalidOperationException("io_rate did not return an int");
    }

    private static string Percent(long part, long whole) =>
        whole == 0 ? "n/a" : (100.0 * part / whole).ToString("F0", CultureInfo.InvariantCulture) + "%";
}
