using System;
using System.Globalization;
using System.Threading;

namespace GilGen.Samples.Experiments;

/// <summary>
/// Seeds 01 and 02: a CPU-bound countdown of 100,000,000 on one thread, then the same work split over
/// two threads. Under one GIL the two threads take turns, so they are not faster, and the process
/// keeps one core busy (CPU time about equal to wall time).
/// </summary>
public sealed partial class CountdownExperiment : IExperiment
{
    private const long Total = 100_000_000;

    /// <inheritdoc/>
    public string Title => "Countdown of 100,000,000: one thread vs two threads (seeds 01, 02)";

    [GilFunction("""
        def count_down(n):
            while n > 0:
                n -= 1
        """)]
    private static partial void CountDown(GilInterpreter interpreter, long n);

    /// <inheritdoc/>
    public void Run(Report report)
    {
        var interpreter = new GilInterpreter(new GilOptions { Profile = RuntimeProfile.Modern });
        // A short run first, so that JIT compilation is not part of the first measurement.
        CountDown(interpreter, 100_000);

        CpuClock one = CpuClock.Measure(() => CountDown(interpreter, Total));
        long switchesBefore = interpreter.GilCounters.Switches;
        // Each C# thread calling the generated method attaches itself to the interpreter and
        // competes for its GIL, exactly like two threading.Thread objects would.
        CpuClock two = CpuClock.Measure(() =>
        {
            var first = new Thread(() => CountDown(interpreter, Total / 2));
            var second = new Thread(() => CountDown(interpreter, Total / 2));
            first.Start();
            second.Start();
            first.Join();
            second.Join();
        });

        long switches = interpreter.GilCounters.Switches - switchesBefore;

        double ratio = two.Wall.TotalSeconds / one.Wall.TotalSeconds;
        double busyCores = two.Cpu.TotalSeconds / two.Wall.TotalSeconds;
        report.Row("one thread", one.ToString());
        report.Row("two threads", two.ToString());
        report.Row("two / one (wall)", ratio.ToString("F2", CultureInfo.InvariantCulture) + "x");
        report.Row("two threads: cpu / wall", busyCores.ToString("F2", CultureInfo.InvariantCulture)
            + $"   (this machine has {Environment.ProcessorCount} cores)");
        report.Row("GIL hand-overs (two threads)", switches.ToString("N0", CultureInfo.InvariantCulture)
            + "   (about one per 5 ms switch interval)");
        report.Conclusion(ratio >= 0.8
            ? "no speed-up from a second thread: the GIL lets one thread run Python at a time"
            : "two threads ran faster than one: the GIL did not serialize them (unexpected)");
    }
}
