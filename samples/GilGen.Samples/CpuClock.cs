using System;
using System.Diagnostics;

namespace GilGen.Samples;

/// <summary>
/// Wall-clock and process CPU time of a piece of work, measured together as the seeds measure them
/// with <c>time.perf_counter()</c> and <c>time.process_time()</c>.
/// </summary>
/// <param name="Wall">Elapsed real time.</param>
/// <param name="Cpu">CPU time of the whole process (all threads), as <c>time.process_time()</c>.</param>
public readonly record struct CpuClock(TimeSpan Wall, TimeSpan Cpu)
{
    /// <summary>Runs <paramref name="work"/> and returns how long it took.</summary>
    public static CpuClock Measure(Action work)
    {
        using Process process = Process.GetCurrentProcess();
        TimeSpan cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        work();
        wall.Stop();
        process.Refresh();
        return new CpuClock(wall.Elapsed, process.TotalProcessorTime - cpuBefore);
    }

    /// <summary>"wall 1.23 s   cpu 1.20 s", the seeds' format.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"wall {Wall.TotalSeconds,5:F2} s   cpu {Cpu.TotalSeconds,5:F2} s");
}
