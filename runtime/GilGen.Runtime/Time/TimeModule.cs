using System;
using System.Diagnostics;
using System.Threading;

namespace GilGen.Runtime;

/// <summary>
/// The <c>time</c> module: sleep (which gives the GIL up, so sleeping threads overlap), the clocks
/// perf_counter, monotonic, time, process_time and thread_time with their <c>_ns</c> variants, and the calendar
/// half: struct_time, gmtime, localtime, mktime, strftime, asctime, ctime and the local zone's timezone, altzone,
/// daylight and tzname (CalendarFunctions.cs).
/// </summary>
public static class TimeModule
{
    /// <summary>Builds the module (the module registry makes one per interpreter).</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("time");
        m.AddFunction("sleep", (t, a, kw) =>
        {
            if (kw != null && kw.Length > 0) throw PyErr.TypeError("sleep() takes no keyword arguments");
            if (a.Length != 1) throw PyErr.TypeError($"time.sleep() takes exactly one argument ({a.Length} given)");
            Sleep(t, SleepSeconds(a[0]));
            return PyValue.None;
        });
        AddClock(m, "perf_counter", Clocks.MonotonicNanoseconds);
        AddClock(m, "monotonic", Clocks.MonotonicNanoseconds);
        AddClock(m, "time", Clocks.WallNanoseconds, wall: true);
        AddClock(m, "process_time", Clocks.ProcessCpuNanoseconds);
        AddClock(m, "thread_time", Clocks.ThreadCpuNanoseconds);
        CalendarFunctions.AddTo(ts, m);
        return m;
    }

    /// <summary>time.sleep: waits with the GIL released (a zero sleep still gives other threads a chance).</summary>
    public static void Sleep(ThreadState ts, double seconds)
    {
        if (seconds < 0) throw PyErr.ValueError("sleep length must be non-negative");
        if (DeterministicScheduler.Of(ts) is DeterministicScheduler scheduler)
        {
            // Virtual time: the sleeper is a timed waiter that nothing but its deadline wakes.
            if (seconds == 0) scheduler.Yield(ts);
            else scheduler.Wait(ts, static () => false, WaitDeadline.After(seconds, scheduler.Clock), new WaitTarget("the end of a sleep"));
            return;
        }
        WaitDeadline deadline = WaitDeadline.After(seconds);
        bool interrupted = false;
        using (ts.AllowThreads())
        {
            // In slices, so that a terminated process (its exit pending on this thread) ends here as CPython's SIGTERM
            // ends a sleeping one; the last slice keeps the sleep's precision.
            while (!deadline.HasPassed)
            {
                if (ts.HasPendingAsyncException)
                {
                    interrupted = true;
                    break;
                }
                PreciseSleep.Until(deadline.Within(InterruptCheck.Milliseconds));
            }
        }
        if (interrupted) ts.RaisePendingAsyncException();
    }

    private static double SleepSeconds(PyValue v)
    {
        if (v.IsInt) return v.IntValue;
        return v.Obj switch
        {
            PyFloat f when double.IsNaN(f.Value) => throw PyErr.ValueError("Invalid value NaN (not a number)"),
            PyFloat f => f.Value,
            PyBool b => b.Value ? 1 : 0,
            PyLong => throw PyErr.OverflowError("timestamp too large to convert to C _PyTime_t"),
            _ => throw PyErr.TypeError($"'{v.Type.Name}' object cannot be interpreted as an integer"),
        };
    }

    /// <summary>time.time_ns(): the wall clock, or the virtual one under the deterministic scheduler.</summary>
    public static long WallNanoseconds(ThreadState ts) => DeterministicScheduler.Of(ts) is DeterministicScheduler d
        ? (d.Clock.GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks * 100
        : Clocks.WallNanoseconds();

    // Under the deterministic scheduler every clock reads its virtual time (the CPU clocks too: a thread's
    // CPU time is not a function of the schedule).
    private static void AddClock(PyModule m, string name, Func<long> realNanoseconds, bool wall = false)
    {
        long nanoseconds(ThreadState t) => wall ? WallNanoseconds(t)
            : DeterministicScheduler.Of(t) is DeterministicScheduler d ? d.Clock.Nanoseconds : realNanoseconds();
        m.AddFunction(name, (t, a, kw) =>
        {
            CallArguments.Bind(name, a, kw, Array.Empty<string>(), 0);
            return PyValue.Float(nanoseconds(t) / 1e9);
        });
        m.AddFunction(name + "_ns", (t, a, kw) =>
        {
            CallArguments.Bind(name + "_ns", a, kw, Array.Empty<string>(), 0);
            return PyValue.Int(nanoseconds(t));
        });
    }
}
