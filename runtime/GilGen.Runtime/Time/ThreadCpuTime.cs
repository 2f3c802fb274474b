using System;
using System.Runtime.InteropServices;

namespace GilGen.Runtime;

/// <summary>CPU time consumed by the calling thread, from the operating system (CLOCK_THREAD_CPUTIME_ID on Linux).</summary>
internal static partial class ThreadCpuTime
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    /// <summary>The calling thread's CPU time, or null where the platform cannot say.</summary>
    public static TimeSpan? OfCurrentThread()
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            if (ClockGetTime(ClockThreadCpuTimeId, out TimeSpec t) != 0) return null;
            return TimeSpan.FromTicks(t.Seconds * TimeSpan.TicksPerSecond + t.Nanoseconds / 100);
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
        catch (DllNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);
}
