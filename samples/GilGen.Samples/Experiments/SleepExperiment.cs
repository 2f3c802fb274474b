using System.Diagnostics;
using System.Globalization;

namespace GilGen.Samples.Experiments;

/// <summary>
/// Seed 11: ten threads each sleep 0.2 s. <c>time.sleep</c> releases the GIL while it waits, so the
/// sleeps overlap and the whole takes about 0.2 s rather than 2 s.
/// </summary>
public sealed partial class SleepExperiment : IExperiment
{
    private const double Serial = 10 * 0.2;

    /// <inheritdoc/>
    public string Title => "Ten 0.2 s sleeps on ten threads (seed 11)";

    [GilModule("""
        import time
        import threading

        def fake_io():
            time.sleep(0.2)

        threads = [threading.Thread(target=fake_io) for _ in range(10)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        """)]
    private static partial class TenSleeps;

    /// <inheritdoc/>
    public void Run(Report report)
    {
        var interpreter = new GilInterpreter(new GilOptions { Profile = RuntimeProfile.Modern });
        var elapsed = Stopwatch.StartNew();
        interpreter.Run(TenSleeps.ModuleDefinition);
        elapsed.Stop();

        double seconds = elapsed.Elapsed.TotalSeconds;
        report.Row("elapsed", seconds.ToString("F2", CultureInfo.InvariantCulture) + " s   (one after another: "
            + Serial.ToString("F1", CultureInfo.InvariantCulture) + " s)");
        report.Conclusion(seconds < 1.0
            ? "blocking calls release the GIL, so I/O-bound threads overlap"
            : "the sleeps did not overlap: a blocking call kept the GIL (unexpected)");
    }
}
