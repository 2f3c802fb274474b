using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using GilGen;

namespace GilGen.Runtime.Tests.Gil;

/// <summary>
/// <see cref="GilOptions.IoPriority"/>, the remedy for the convoy effect: a thread back from a blocking call
/// asks the holder to drop at once and takes the GIL before the threads that waited longer. The switch
/// interval is 1000 s, so no wall-clock interval ever ends during a test: every drop request it sees is the
/// priority one. Assertions are on the GIL's counters and the order of takes, never on durations.
/// </summary>
[Collection(SerialGilTests.Name)]
public sealed class IoPriorityTests
{
    private const double NeverEndingInterval = 1000.0;
    private const int HolderCheckpoints = 200_000;

    [Fact]
    public void A_thread_back_from_a_blocking_call_asks_at_once_and_is_served_before_an_older_waiter()
    {
        var (order, gil) = HolderWithAWaiterAndAReturningIoThread(ioPriority: true);

        Assert.Equal("io", order.First());
        Assert.Equal(1, gil.PriorityRequests);
        Assert.Equal(1, gil.PriorityTakes);
        Assert.Equal(1, gil.Counters.DropRequests);
    }

    [Fact]
    public void Without_the_option_the_returning_thread_waits_like_any_other_and_nobody_asks()
    {
        var (order, gil) = HolderWithAWaiterAndAReturningIoThread(ioPriority: false);

        // The holder ran all its checkpoints undisturbed and let go only at its end.
        Assert.Equal(2, order.Count);
        Assert.Equal(0, gil.PriorityRequests);
        Assert.Equal(0, gil.PriorityTakes);
        Assert.Equal(0, gil.Counters.DropRequests);
    }

    [Fact]
    public void The_old_gil_profile_refuses_the_option()
    {
        var e = Assert.Throws<ArgumentException>(() => new GilInterpreter(new GilOptions { Profile = RuntimeProfile.Py27, IoPriority = true }));
        Assert.Contains("IoPriority", e.Message);
    }

    /// <summary>
    /// The test's thread holds the GIL and passes checkpoints (modern's, as a CPU-bound loop does); a CPU-bound
    /// thread waits for the GIL; then a thread returns from a blocking call. Returns who took the GIL in what
    /// order after the holder, and the GIL.
    /// </summary>
    private static (ConcurrentQueue<string> Order, GilGen.Runtime.Gil Gil) HolderWithAWaiterAndAReturningIoThread(bool ioPriority)
    {
        var interp = new GilInterpreter(new GilOptions { Profile = RuntimeProfile.Modern, SwitchInterval = NeverEndingInterval, IoPriority = ioPriority });
        var gil = (GilGen.Runtime.Gil)interp.Scheduler;
        var order = new ConcurrentQueue<string>();
        var threads = new DeadlineThreads();
        using var blocked = new ManualResetEventSlim();
        using var ioReturns = new ManualResetEventSlim();

        threads.Start("io", () =>
        {
            ThreadState ts = interp.Ensure();
            using (ts.AllowThreads())
            {
                // The blocking call: it ends once the holder runs and a CPU-bound thread waits.
                blocked.Set();
                ioReturns.Wait();
            }
            order.Enqueue("io");
            interp.Release(ts);
        });
        blocked.Wait();
        ThreadState holder = interp.Ensure();
        threads.Start("cpu", () =>
        {
            ThreadState ts = interp.Ensure();
            order.Enqueue("cpu");
            interp.Release(ts);
        });
        while (gil.Waiters < 1) Thread.SpinWait(10);
        ioReturns.Set();
        while (gil.Waiters < 2) Thread.SpinWait(10);

        for (int i = 0; i < HolderCheckpoints; i++)
        {
            if ((interp.EvalBreaker & CheckpointMask.Modern) != 0) holder.HandleEvalBreaker();
        }
        interp.Release(holder);
        threads.JoinAll();
        return (order, gil);
    }
}
