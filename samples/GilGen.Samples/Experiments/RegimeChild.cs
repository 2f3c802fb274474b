using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using GilGen.Runtime;

namespace GilGen.Samples.Experiments;

/// <summary>
/// Runs one row of <see cref="RegimesExperiment"/> in a child process of this program. The free-threaded
/// profile needs it: its mode (atomic reference counts, per-object locks) is process-wide and fixed when the
/// runtime starts, while the other rows run with the GIL in this process.
/// </summary>
internal static class RegimeChild
{
    private const string Flag = "--regime-child";

    /// <summary>
    /// Starts this program with <see cref="Flag"/> and free-threading switched on, and reads back the wall and
    /// CPU time of its measured run (after its own warm-up run).
    /// </summary>
    public static CpuClock Measure(int row, long count, int threads, string? svgPath)
    {
        string self = Environment.ProcessPath ?? throw new InvalidOperationException("cannot find this program's path to start a child process");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // Under "dotnet GilGen.Samples.dll" the process is the host: the child needs the assembly again.
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(RegimeChild).Assembly.Location);
        foreach (string argument in new[] { Flag, Invariant(row), Invariant(count), Invariant(threads), svgPath ?? "-" })
            start.ArgumentList.Add(argument);
        start.Environment[FreeThreading.EnvironmentVariable] = "1";

        using Process child = Process.Start(start) ?? throw new InvalidOperationException("could not start " + self);
        var error = child.StandardError.ReadToEndAsync();
        string output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        if (child.ExitCode != 0) throw new InvalidOperationException($"the {RegimesExperiment.RowAt(row).Name} run failed (exit {child.ExitCode}): {error.Result}");
        string[] seconds = output.Trim().Split(' ');
        return new CpuClock(TimeSpan.FromSeconds(double.Parse(seconds[0], CultureInfo.InvariantCulture)),
                            TimeSpan.FromSeconds(double.Parse(seconds[1], CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// In the child (<paramref name="args"/> start with <see cref="Flag"/>): warms up, measures the row and
    /// prints "WALL CPU" in seconds. Returns false in the parent, which goes on with the report.
    /// </summary>
    public static bool TryRun(string[] args)
    {
        if (args.Length != 5 || args[0] != Flag) return false;
        RegimesExperiment.Regime regime = RegimesExperiment.RowAt(int.Parse(args[1], CultureInfo.InvariantCulture));
        long count = long.Parse(args[2], CultureInfo.InvariantCulture);
        int threads = int.Parse(args[3], CultureInfo.InvariantCulture);
        RegimesExperiment.MeasureHere(regime, count / 100, threads: 1, svgPath: null);
        CpuClock clock = RegimesExperiment.MeasureHere(regime, count, threads, args[4] == "-" ? null : args[4]);
        Console.WriteLine(Invariant(clock.Wall.TotalSeconds) + " " + Invariant(clock.Cpu.TotalSeconds));
        return true;
    }

    private static string Invariant(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);
}
