using System.Threading;
using GilGen;

namespace GilGen.Runtime.Tests.Gil;

/// <summary>
/// Paced switch intervals (<see cref="CheckpointPace"/>): while a thread waits for the GIL, the holder's
/// interval also ends after <c>interval / pace</c> honoured checkpoints. The tests use a pace of 1 ms per
/// checkpoint and a 1 s interval, so the count (about 1000 checkpoints, a fraction of a millisecond) always
/// ends the interval long before the wall clock could; the assertions are on counts, never on durations.
/// </summary>
[Collection(SerialGilTests.Name)]
public sealed class PacedSwitchIntervalTests
{
    private const double IntervalSeconds = 1.0;
    private const double OneMillisecondPace = 1e6;
    private const long MeanBudget = 1000; // 1 s / 1 ms

    [Fact]
    public void A_waiter_gets_the_GIL_after_about_interval_over_pace_checkpoints()
    {
        long counted = HolderCheckpointsUntilWaiterRuns(OneMillisecondPace, maxCheckpoints: 10_000_000);

        // The budget is spread by ±10% so that intervals do not all end at the same instruction of a loop.
        Assert.InRange(counted, MeanBudget * 9 / 10, MeanBudget * 11 / 10 + 1);
    }

    [Fact]
    public void An_expected_waiter_whose_interval_ran_out_before_it_arrived_gets_the_GIL_at_once()
    {
        long counted = HolderCheckpointsUntilWaiterRuns(OneMillisecondPace, maxCheckpoints: 10_000_000, (interp, holder, gil) =>
        {
            // The holder releases a thread that will want the GIL (as a new thread releases its starter),
            // then runs a whole interval's worth of checkpoints before that thread reaches the GIL.
            gil.ExpectWaiter();
            long passed = 0;
            while (PassCountingSite(interp, holder, 1)) passed++;
            Assert.InRange(passed, MeanBudget * 9 / 10, MeanBudget * 11 / 10 + 1);
        });

        // Its interval is over: the drop request is set as it arrives, and the holder yields at once.
        Assert.InRange(counted, 1, 2);
    }

    [Fact]
    public void A_holder_whose_interval_runs_out_before_the_expected_waiter_arrives_waits_for_it()
    {
        long counted = HolderCheckpointsUntilWaiterRuns(OneMillisecondPace, maxCheckpoints: 10_000_000, (interp, holder, gil) =>
        {
            // The released thread takes a while to reach the GIL (the operating system is slow to wake it).
            gil.ExpectWaiter();
            var late = new Thread(() =>
            {
                Thread.Sleep(50);
                ThreadState ts = interp.Ensure();
                interp.Release(ts);
            });
            late.Start();
            long passed = 0;
            while (PassCountingSite(interp, holder, 1)) passed++;
            late.Join();

            // The holder did not run on at its own speed: it gave way at the end of the interval, at once.
            Assert.InRange(passed, MeanBudget * 9 / 10, MeanBudget * 11 / 10 + 1);
            Assert.Equal(1, gil.Counters.ForcedSwitchWaits);
        });
        Assert.InRange(counted, MeanBudget * 9 / 10, MeanBudget * 11 / 10 + 1);
    }

    [Fact]
    public void A_paced_interval_is_counted_at_counting_sites_and_only_its_last_checkpoints_take_the_slow_path()
    {
        var interp = new GilInterpreter(new GilOptions
        {
            Profile = RuntimeProfile.Py39,
            SwitchInterval = IntervalSeconds,
            SchedulingPolicy = i => new GilGen.Runtime.Gil(i, IntervalSeconds, OneMillisecondPace),
        });
        var gil = (GilGen.Runtime.Gil)interp.Scheduler;
        ThreadState holder = interp.Ensure();
        gil.ExpectWaiter();

        // A loop of five py39 checkpoints whose backward jump counts them all (weight 5), as generated code does.
        long iterations = 0, slowPath = 0;
        while (true)
        {
            for (int site = 0; site < 4; site++)
            {
                if ((interp.EvalBreaker & CheckpointMask.Py39) != 0) { slowPath++; holder.HandleEvalBreaker(); }
            }
            iterations++;
            if ((interp.EvalBreaker & (CheckpointMask.Py39 | CheckpointMask.Paced)) == 0) break;
            if (interp.IsCheckDue(5, CheckpointMask.Py39)) { slowPath++; holder.HandleEvalBreaker(); }
        }
        interp.Release(holder);

        // About 1000 checkpoints (200 passes) in all, of which at most one pass's worth went through the slow path.
        Assert.InRange(iterations * 5, MeanBudget * 9 / 10, MeanBudget * 11 / 10 + 10);
        Assert.InRange(slowPath, 1, 5);
    }

    [Fact]
    public void A_loop_counting_in_its_own_local_ends_the_interval_after_about_interval_over_pace_checkpoints()
    {
        var (interp, holder) = HolderWithAnExpectedWaiter();

        // A loop of five py39 checkpoints whose backward jump counts them in the method's local, as generated code does.
        long credit = 0, passes = 0, slowPath = 0;
        while (true)
        {
            for (int site = 0; site < 4; site++)
            {
                if ((interp.EvalBreaker & CheckpointMask.Py39) != 0) { slowPath++; holder.HandleEvalBreaker(); }
            }
            passes++;
            if ((interp.EvalBreaker & (CheckpointMask.Py39 | CheckpointMask.Paced)) == 0) break;
            if (interp.IsCheckDue(ref credit, 5, CheckpointMask.Py39)) { slowPath++; holder.HandleEvalBreaker(); }
        }
        interp.Release(holder);

        Assert.InRange(passes * 5, MeanBudget * 9 / 10, MeanBudget * 11 / 10 + 10);
        Assert.InRange(slowPath, 1, 5);
    }

    [Fact]
    public void Credit_a_method_has_not_spent_goes_back_to_the_interval_when_it_returns()
    {
        var (interp, holder) = HolderWithAnExpectedWaiter();

        // Many short calls, each a method whose loop passes its one-checkpoint backward jump twice: each takes a
        // chunk of credit and uses two. Were the rest not given back, the interval would end after a few chunks.
        long checkpoints = 0, calls = 0;
        while ((interp.EvalBreaker & (CheckpointMask.Py39 | CheckpointMask.Paced)) != 0)
        {
            long credit = 0;
            for (int pass = 0; pass < 2; pass++)
            {
                checkpoints++;
                if (interp.IsCheckDue(ref credit, 1, CheckpointMask.Py39)) holder.HandleEvalBreaker();
            }
            interp.ReturnPacedCredit(credit);
            calls++;
        }
        interp.Release(holder);

        Assert.InRange(checkpoints, MeanBudget * 9 / 10, MeanBudget * 11 / 10 + 2);
        Assert.True(calls > 400, $"{calls} calls");
    }

    [Fact]
    public void Without_a_pace_a_loop_site_is_one_test_and_its_local_stays_untouched()
    {
        var interp = new GilInterpreter(new GilOptions { Profile = RuntimeProfile.Py39, SwitchInterval = IntervalSeconds });
        ThreadState holder = interp.Ensure();
        long credit = 0;
        for (int pass = 0; pass < 1000; pass++) Assert.False(interp.IsCheckDue(ref credit, 5, CheckpointMask.Py39));
        Assert.Equal(0, credit);
        interp.Release(holder);
    }

    // A py39 holder whose paced interval (about MeanBudget checkpoints) is running: it has released a thread
    // that will want the GIL (ExpectWaiter), which never arrives, so the holder's drop at the end of the
    // interval waits one interval for it and then takes the GIL back, with the count stopped.
    private static (GilInterpreter Interp, ThreadState Holder) HolderWithAnExpectedWaiter()
    {
        var interp = new GilInterpreter(new GilOptions
        {
            Profile = RuntimeProfile.Py39,
            SwitchInterval = IntervalSeconds,
            SchedulingPolicy = i => new GilGen.Runtime.Gil(i, IntervalSeconds, OneMillisecondPace),
        });
        ThreadState holder = interp.Ensure();
        ((GilGen.Runtime.Gil)interp.Scheduler).ExpectWaiter();
        return (interp, holder);
    }

    [Fact]
    public void Without_a_pace_only_the_wall_clock_ends_the_interval()
    {
        long counted = HolderCheckpointsUntilWaiterRuns(checkpointNanoseconds: null, maxCheckpoints: 200_000);

        // 200,000 fast checkpoints take well under the 1 s interval: the waiter never got in.
        Assert.Equal(-1, counted);
    }

    [Fact]
    public void The_py39_profile_is_paced_and_modern_is_not()
    {
        Assert.Equal(CheckpointPace.Py39Nanoseconds, CheckpointPace.For(RuntimeProfile.Py39));
        Assert.Null(CheckpointPace.For(RuntimeProfile.Modern));
    }

    [Fact]
    public void Budgets_spread_around_the_mean_and_are_at_least_one()
    {
        var random = new System.Random(7);
        for (int i = 0; i < 1000; i++)
            Assert.InRange(CheckpointPace.Budget(0.005, 10.0, random), 450_000, 550_000);
        Assert.Equal(1, CheckpointPace.Budget(1e-9, 1e6, random));
    }

    /// <summary>
    /// A counting site of <paramref name="weight"/> py39 checkpoints as generated code writes it (a backward jump
    /// of a one-checkpoint loop for weight 1); true when a paced interval or a check was pending there.
    /// </summary>
    private static bool PassCountingSite(GilInterpreter interp, ThreadState holder, int weight)
    {
        if ((interp.EvalBreaker & (CheckpointMask.Py39 | CheckpointMask.Paced)) == 0) return false;
        if (interp.IsCheckDue(weight, CheckpointMask.Py39)) holder.HandleEvalBreaker();
        return true;
    }

    /// <summary>
    /// A holder passes py39 checkpoints while a second thread waits for the GIL; returns how many of them
    /// took the slow path (were counted against the interval) until the waiter ran, or -1 if the waiter
    /// had not run after <paramref name="maxCheckpoints"/> checkpoints in all.
    /// </summary>
    private static long HolderCheckpointsUntilWaiterRuns(double? checkpointNanoseconds, long maxCheckpoints,
        System.Action<GilInterpreter, ThreadState, GilGen.Runtime.Gil>? beforeTheWaiterStarts = null)
    {
        var interp = new GilInterpreter(new GilOptions
        {
            Profile = RuntimeProfile.Py39,
            SwitchInterval = IntervalSeconds,
            SchedulingPolicy = i => new GilGen.Runtime.Gil(i, IntervalSeconds, checkpointNanoseconds),
        });
        var gil = (GilGen.Runtime.Gil)interp.Scheduler;
        int waiterRan = 0;
        long counted = -1;

        ThreadState holder = interp.Ensure();
        beforeTheWaiterStarts?.Invoke(interp, holder, gil);
        var waiter = new Thread(() =>
        {
            ThreadState ts = interp.Ensure();
            Volatile.Write(ref waiterRan, 1);
            interp.Release(ts);
        });
        waiter.Start();
        while (gil.Waiters == 0) Thread.SpinWait(10);

        // Only checkpoints passed while the interval is counted count: the waiter can be seen in Waiters a
        // moment before it arms the paced interval, and the checkpoints in between are not part of it.
        long armed = 0;
        for (long passed = 0; passed < maxCheckpoints; passed++)
        {
            if (PassCountingSite(interp, holder, 1)) armed++;
            if (Volatile.Read(ref waiterRan) == 1) { counted = armed; break; }
        }
        interp.Release(holder);
        waiter.Join();
        return counted;
    }
}
