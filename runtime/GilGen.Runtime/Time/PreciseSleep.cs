using System;
using System.Runtime.InteropServices;
using System.Threading;

namespace GilGen.Runtime;

/// <summary>
/// Sleeps until a deadline with CPython's resolution: <c>time.sleep(0.0001)</c> sleeps about 0.1 ms, as
/// CPython's <c>clock_nanosleep</c> does, not the whole millisecond <see cref="Thread.Sleep(int)"/> rounds
/// up to. On Linux this is <c>nanosleep</c>; elsewhere milliseconds.
/// </summary>
internal static partial class PreciseSleep
{
    private const long NanosecondsPerSecond = 1_000_000_000;

    /// <summary>Returns once <paramref name="deadline"/> has passed; the caller has released the GIL.</summary>
    public static void Until(WaitDeadline deadline)
    {
        if (!OperatingSystem.IsLinux())
        {
            int ms;
            while ((ms = deadline.RemainingMilliseconds) > 0) Thread.Sleep(ms);
            return;
        }
        long left;
        while ((left = deadline.RemainingNanoseconds) > 0)
        {
            // An interrupted sleep (EINTR) returns early; the loop sleeps what is left.
            var request = new Timespec(left / NanosecondsPerSecond, left % NanosecondsPerSecond);
            NanoSleep(in request, out _);
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Timespec
    {
        public readonly long Seconds;
        public readonly long Nanoseconds;

        public Timespec(long seconds, long nanoseconds)
        {
            Seconds = seconds;
            Nanoseconds = nanoseconds;
        }
    }

    [LibraryImport("libc", EntryPoint = "nanosleep", SetLastError = true)]
    private static partial int NanoSleep(in Timespec request, out Timespec remaining);
}
