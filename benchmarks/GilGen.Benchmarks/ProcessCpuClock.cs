using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace GilGen.Benchmarks;

/// <summary>
/// The CPU time this process has used so far, to the nanosecond on Linux. <see cref="Process.TotalProcessorTime"/>
/// reads /proc there, in clock ticks of 10 ms: too coarse for an analysis of a few milliseconds, which a
/// median of a handful of runs cannot recover. Elsewhere it falls back to <see cref="Process.TotalProcessorTime"/>.
/// </summary>
internal static class ProcessCpuClock
{
    private const int ClockProcessCpuTimeId = 2; // CLOCK_PROCESS_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);

    /// <summary>The process's CPU time (user and system, every thread) in milliseconds.</summary>
    public static double Milliseconds()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockProcessCpuTimeId, out var time) == 0)
            return time.Seconds * 1000.0 + time.Nanoseconds / 1_000_000.0;
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalMilliseconds;
    }
}
