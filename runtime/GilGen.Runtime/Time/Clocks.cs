using System;
using System.Diagnostics;

namespace GilGen.Runtime;

/// <summary>The clocks behind the <c>time</c> functions, in nanoseconds.</summary>
public static class Clocks
{
    /// <summary>A monotonic high-resolution clock (perf_counter, monotonic).</summary>
    public static long MonotonicNanoseconds()
    {
        long ticks = Stopwatch.GetTimestamp();
        return (long)(ticks * (1e9 / Stopwatch.Frequency));
    }

    /// <summary>Nanoseconds since the Unix epoch (time.time).</summary>
    public static long WallNanoseconds() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;

    /// <summary>CPU time of the whole process, user plus system (time.process_time).</summary>
    public static long ProcessCpuNanoseconds()
    {
        return Environment.CpuUsage.TotalTime.Ticks * 100;
    }

    /// <summary>CPU time of the calling thread (time.thread_time); the process's where the platform cannot say.</summary>
    public static long ThreadCpuNanoseconds()
    {
        TimeSpan? t = ThreadCpuTime.OfCurrentThread();
        return t is TimeSpan span ? span.Ticks * 100 : ProcessCpuNanoseconds();
    }
}
