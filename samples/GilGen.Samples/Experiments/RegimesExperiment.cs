using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using GilGen.Runtime;

namespace GilGen.Samples.Experiments;

/// <summary>
/// Issue 8's regime table: seed 01's countdown on one thread and split over two (seed 02) under each GIL regime
/// GilGen has, and done by a C# function exported to Python that releases the GIL (<see cref="FastCountdown"/>,
/// what a C extension does). Wall and CPU time of both runs and two/one for each; the two-thread runs record a
/// timeline, drawn as SVG files in a folder the report names.
/// </summary>
public sealed partial class RegimesExperiment : IExperiment
{
    // Counts that keep the whole table to a few seconds: py27 counts every tick and its two-thread run is several
    // times slower than its one-thread run (the old GIL's battle); the new GIL's generated loop is fast; C# faster.
    private const long OldGilCount = 10_000_000;
    private const long PythonCount = 100_000_000;
    private const long ExportedCount = 500_000_000;
    private const int TimelineCapacity = 1 << 16;

    /// <summary>
    /// The rows of the table, one per regime: the profile whose GIL runs the countdown, and whether the countdown
    /// is the exported C# function. A new profile or GIL option is one more row here. The free-threaded row runs
    /// in a child process (<see cref="RegimeChild"/>): that mode is process-wide and fixed when the runtime starts.
    /// </summary>
    private static readonly IReadOnlyList<Regime> s_regimes = new[]
    {
        new Regime("py27 (old GIL, 2.7)", RuntimeProfile.Py27, Exported: false, OldGilCount),
        new Regime("py39 (new GIL, 3.9)", RuntimeProfile.Py39, Exported: false, PythonCount),
        new Regime("modern (3.12)", RuntimeProfile.Modern, Exported: false, PythonCount),
        new Regime("free-threaded (3.13t)", RuntimeProfile.FreeThreaded, Exported: false, PythonCount),
        new Regime("exported C# (ReleasesGil)", RuntimeProfile.Modern, Exported: true, ExportedCount),
    };

    /// <inheritdoc/>
    public string Title => "Every GIL regime side by side: countdown on one thread vs two (issue 8)";

    // The same driver for every row: the work is the Python countdown or fastcount.count_down, which the generator
    // lets this module import because FastCountdown is a [GilExtensionModule] of this project.
    [GilModule("""
        import threading
        import fastcount

        def count_down(n):
            while n > 0:
                n -= 1

        def run(n, threads, exported):
            work = fastcount.count_down if exported else count_down
            if threads == 1:
                work(n)
                return
            workers = [threading.Thread(target=work, args=[n // threads]) for _ in range(threads)]
            for t in workers:
                t.start()
            for t in workers:
                t.join()
        """)]
    private static partial class Countdown;

    /// <inheritdoc/>
    public void Run(Report report)
    {
        string folder = Path.Combine(Path.GetTempPath(), "gilgen-samples", "regimes");
        Directory.CreateDirectory(folder);
        var ratios = new Dictionary<string, (double TwoOverOne, double CpuPerWall)>();
        string caveat = "";   // from the first row's one-thread run
        foreach (Regime regime in s_regimes)
        {
            // A warm-up run in an interpreter of its own, so that JIT compilation is in no measurement (a child
            // process warms itself up).
            if (RunsHere(regime))
                MeasureHere(regime, regime.Count / 100, threads: 1, svgPath: null);
            CpuClock one = Measure(regime, regime.Count, threads: 1, svgPath: null);
            if (ratios.Count == 0) caveat = BusyMachine.Caveat(one);
            string svg = Path.Combine(folder, FileName(regime) + ".svg");
            CpuClock two = Measure(regime, regime.Count, threads: 2, svgPath: svg);
            double ratio = two.Wall.TotalSeconds / one.Wall.TotalSeconds;
            double busy = two.Cpu.TotalSeconds / two.Wall.TotalSeconds;
            ratios[regime.Name] = (ratio, busy);
            report.Row(regime.Name, Invariant($"one: {one}   two: {two}   two/one {ratio:F2}x   cpu/wall {busy:F2}"));
        }
        report.Row("timelines (two threads)", folder);
        report.Row("", Invariant($"({Environment.ProcessorCount} cores; counts: py27 {OldGilCount:N0}, py39/modern {PythonCount:N0}, exported C# {ExportedCount:N0})"));

        // What an idle 2-core machine shows; on a loaded one cpu/wall falls below 1 and the ratios blur.
        var exported = ratios["exported C# (ReleasesGil)"];
        var free = ratios["free-threaded (3.13t)"];
        var py27 = ratios["py27 (old GIL, 2.7)"];
        report.Conclusion(
            Invariant($"under a GIL a second thread does not make the countdown faster (two/one 0.8-1.35, cpu/wall about 1; py27's GIL battle makes it slower, here {py27.TwoOverOne:F2}x); ")
            + Invariant($"without one, free-threaded and the C# function that releases the GIL run on both cores (two/one at most 0.65, cpu/wall about 2; here {free.TwoOverOne:F2}x/{free.CpuPerWall:F2} and {exported.TwoOverOne:F2}x/{exported.CpuPerWall:F2})")
            + caveat);

        RunConvoy(report);
    }

    // One run of a row: in a fresh interpreter of its profile here, or in a child process for the free-threaded row.
    private static CpuClock Measure(Regime regime, long count, int threads, string? svgPath) =>
        RunsHere(regime)
            ? MeasureHere(regime, count, threads, svgPath)
            : RegimeChild.Measure(IndexOf(regime), count, threads, svgPath);

    // The free-threaded row needs a process in free-threading mode, which this one is not (unless started so).
    private static bool RunsHere(Regime regime) => regime.Profile != RuntimeProfile.FreeThreaded || FreeThreading.Enabled;

    /// <summary>The row at <paramref name="index"/> of the table (for <see cref="RegimeChild"/>).</summary>
    internal static Regime RowAt(int index) => s_regimes[index];

    private static int IndexOf(Regime regime) => ((IList<Regime>)s_regimes).IndexOf(regime);

    /// <summary>
    /// One countdown run of <paramref name="regime"/> in this process, in a fresh interpreter of its profile;
    /// with <paramref name="svgPath"/>, the GIL's timeline of the run is drawn there.
    /// </summary>
    internal static CpuClock MeasureHere(Regime regime, long count, int threads, string? svgPath)
    {
        var interpreter = new GilInterpreter(new GilOptions
        {
            Profile = regime.Profile,
            TimelineCapacity = svgPath is null ? 0 : TimelineCapacity,
        });
        ClrValue.RunModule(interpreter, Countdown.ModuleDefinition);
        var arguments = new[] { PyValue.Int(count), PyValue.Int(threads), PyValue.Bool(regime.Exported) };
        CpuClock clock = CpuClock.Measure(() => ClrValue.CallModuleFunction(interpreter, Countdown.ModuleDefinition, "run", arguments).DecRef());
        if (svgPath is not null && interpreter.Timeline is GilTimeline timeline)
        {
            using var file = new StreamWriter(svgPath);
            GilTimelineSvg.Write(timeline, file, $"GIL timeline: countdown of {count:N0} over two threads, {regime.Name}, profile {ScheduleReport.ProfileName(regime.Profile)}");
        }
        return clock;
    }

    private static string FileName(Regime regime)
    {
        var name = new System.Text.StringBuilder();
        foreach (char c in regime.Name)
        {
            if (char.IsLetterOrDigit(c)) name.Append(char.ToLowerInvariant(c));
            else if (name.Length > 0 && name[^1] != '-') name.Append('-');
        }
        return name.ToString().TrimEnd('-');
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>One row of the table.</summary>
    /// <param name="Name">What the row is called.</param>
    /// <param name="Profile">The runtime profile (whose GIL).</param>
    /// <param name="Exported">True: the countdown is the exported C# function, not Python.</param>
    /// <param name="Count">The count of the one-thread run (the two threads share it).</param>
    internal sealed record Regime(string Name, RuntimeProfile Profile, bool Exported, long Count);
}
