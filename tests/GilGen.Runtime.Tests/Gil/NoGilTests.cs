using System;
using System.Threading;
using GilGen;

namespace GilGen.Runtime.Tests.Gil;

/// <summary>
/// The free-threaded profile's C# side: no GIL (<see cref="NoGil"/>), atomic reference counts and the
/// refusal of a scheduling policy. Making such an interpreter turns <see cref="FreeThreading"/> on for the
/// rest of the test process, which the other tests tolerate (they only get locks and atomic counts).
/// </summary>
[Collection(SerialGilTests.Name)]
public sealed class NoGilTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public void A_free_threaded_interpreter_has_no_gil_and_turns_free_threading_on()
    {
        var interp = new GilInterpreter(new GilOptions { Profile = RuntimeProfile.FreeThreaded });

        Assert.IsType<NoGil>(interp.Scheduler);
        Assert.True(FreeThreading.Active);
        Assert.Equal(CheckpointMask.Modern, interp.EvalBreakerBit);
    }

    [Fact]
    public void Two_threads_are_inside_at_once()
    {
        var interp = new GilInterpreter(new GilOptions { Profile = RuntimeProfile.FreeThreaded });
        using var firstInside = new ManualResetEventSlim();
        using var secondInside = new ManualResetEventSlim();
        ThreadState? first = null;
        var holder = new Thread(() =>
        {
            first = interp.Ensure();
            firstInside.Set();
            // Stays inside until the second thread has entered too: under a GIL it never could.
            secondInside.Wait(Deadline);
            interp.Release(first);
        }) { IsBackground = true };
        holder.Start();
        Assert.True(firstInside.Wait(Deadline));

        var entrant = new Thread(() =>
        {
            ThreadState ts = interp.Ensure();
            Assert.True(first!.HoldsGil);
            secondInside.Set();
            interp.Release(ts);
        }) { IsBackground = true };
        entrant.Start();

        Assert.True(secondInside.Wait(Deadline), "the second thread could not enter while the first was inside");
        Assert.True(holder.Join(Deadline));
        Assert.True(entrant.Join(Deadline));
        Assert.Equal(2, interp.GilCounters.Takes);
        Assert.Equal(0, interp.GilCounters.Switches);
    }

    [Fact]
    public void Reference_counts_from_eight_threads_at_once_add_up()
    {
        _ = new GilInterpreter(new GilOptions { Profile = RuntimeProfile.FreeThreaded });
        var value = PyValue.From(new PyList());
        var threads = new Thread[8];
        for (int k = 0; k < threads.Length; k++)
        {
            threads[k] = new Thread(() =>
            {
                for (int i = 0; i < 200_000; i++) value.IncRef();
                for (int i = 0; i < 200_000; i++) value.DecRef();
                for (int i = 0; i < 100_000; i++) value.IncRef();
            });
            threads[k].Start();
        }
        foreach (var t in threads) Assert.True(t.Join(Deadline));

        Assert.Equal(1 + 8 * 100_000, value.Obj!.RefCount);
        for (int i = 0; i < 8 * 100_000; i++) value.DecRef();
        Assert.Equal(1, value.Obj!.RefCount);
        value.DecRef();
    }

    [Fact]
    public void A_free_threaded_interpreter_refuses_a_scheduling_policy()
    {
        var e = Assert.Throws<ArgumentException>(() => new GilInterpreter(new GilOptions
        {
            Profile = RuntimeProfile.FreeThreaded,
            SchedulingPolicy = interp => new global::GilGen.Runtime.Gil(interp),
        }));

        Assert.Contains("free-threaded profile has no GIL", e.Message);
    }
}
