using System;
using System.Diagnostics;
using System.Threading;
using GilGen;

namespace GilGen.Runtime.Tests.Gil;

/// <summary>
/// The GIL driven directly from C# threads that behave like generated code: a CPU-bound loop with a
/// checkpoint per turn. Assertions are on orderings and counts with wide margins, never on durations.
/// </summary>
[Collection(SerialGilTests.Name)]
public sealed class GilSwitchingTests
{
    /// <summary>Counts the threads inside a "holds the GIL" region; more than one is a GIL bug.</summary>
    private sealed class HolderCount
    {
        private int _holders;
        private int _violations;

        public int Violations => Volatile.Read(ref _violations);

        public void Enter()
        {
            if (Interlocked.Increment(ref _holders) != 1) Interlocked.Increment(ref _violations);
        }

        public void Leave() => Interlocked.Decrement(ref _holders);
    }

    /// <summary>What generated code does at a checkpoint site honoured by both profiles.</summary>
    private static void Checkpoint(GilInterpreter interp, ThreadState ts, HolderCount holders)
    {
        if ((interp.EvalBreaker & (CheckpointMask.Modern | CheckpointMask.Py39)) != 0)
        {
            holders.Leave();
            ts.HandleEvalBreaker();
            holders.Enter();
        }
    }

    /// <summary>Some arithmetic between checkpoints, so the loop is CPU-bound like a Python countdown.</summary>
    private static long Burn(long seed)
    {
        for (int i = 0; i < 200; i++) seed = seed * 6364136223846793005L + 1442695040888963407L;
        return seed;
    }

    [Fact]
    public void TwoCpuBoundThreadsTakeTurnsAndNeverHoldTogether()
    {
        var interp = new GilInterpreter(new GilOptions { SwitchInterval = 0.001 });
        var holders = new HolderCount();
        int lastRunner = -1;
        int transitions = 0;
        var turns = new long[2];
        var deadline = Stopwatch.StartNew();
        var threads = new DeadlineThreads();
        for (int id = 0; id < 2; id++)
        {
            int me = id;
            threads.Start($"cpu-{me}", () =>
            {
                ThreadState ts = interp.Ensure();
                holders.Enter();
                long x = me;
                // Plain fields below are only touched with the GIL held, which is what is under test.
                while (transitions < 40 && deadline.Elapsed < DeadlineThreads.Deadline / 2)
                {
                    x = Burn(x);
                    if (lastRunner != me)
                    {
                        if (lastRunner != -1) transitions++;
                        lastRunner = me;
                        turns[me]++;
                    }
                    Checkpoint(interp, ts, holders);
                }
                holders.Leave();
                interp.Release(ts);
                GC.KeepAlive(x);
            });
        }
        threads.JoinAll();

        Assert.Equal(0, holders.Violations);
        Assert.True(transitions >= 40, $"only {transitions} hand-overs between two CPU-bound threads");
        Assert.True(turns[0] >= 10 && turns[1] >= 10, $"turns {turns[0]} and {turns[1]}: both threads must keep getting the GIL");
        GilCounters c = interp.GilCounters;
        Assert.True(c.DropRequests >= 20, $"drop requests {c.DropRequests}");
        Assert.True(c.CheckpointDrops >= 20, $"checkpoint drops {c.CheckpointDrops}");
        Assert.True(c.Switches >= 40, $"switches {c.Switches}");
    }

    [Fact]
    public void ADroppingHolderWaitsUntilTheWaiterHasTakenTheGil()
    {
        // FORCE_SWITCHING: when the holder gives the GIL up on request, the next thread to hold it is the
        // waiter that asked, never the holder again, however fast the holder comes back.
        var interp = new GilInterpreter(new GilOptions { SwitchInterval = 0.001 });
        var holders = new HolderCount();
        int waiterHasHeld = 0;
        bool sawHandOver = false;
        bool holderStarted = false;
        var threads = new DeadlineThreads();
        var deadline = Stopwatch.StartNew();
        threads.Start("holder", () =>
        {
            ThreadState ts = interp.Ensure();
            holders.Enter();
            Volatile.Write(ref holderStarted, true);
            long x = 0;
            while (Volatile.Read(ref waiterHasHeld) == 0 && deadline.Elapsed < DeadlineThreads.Deadline / 2)
            {
                x = Burn(x);
                long dropsBefore = interp.GilCounters.CheckpointDrops;
                Checkpoint(interp, ts, holders);
                if (interp.GilCounters.CheckpointDrops != dropsBefore)
                {
                    sawHandOver = Volatile.Read(ref waiterHasHeld) != 0;
                    break;
                }
            }
            holders.Leave();
            interp.Release(ts);
            GC.KeepAlive(x);
        });
        SpinWait.SpinUntil(() => Volatile.Read(ref holderStarted), DeadlineThreads.Deadline);
        threads.Start("waiter", () =>
        {
            ThreadState ts = interp.Ensure();
            holders.Enter();
            Volatile.Write(ref waiterHasHeld, 1);
            holders.Leave();
            interp.Release(ts);
        });
        threads.JoinAll();

        Assert.Equal(0, holders.Violations);
        Assert.True(sawHandOver, "the holder came back from its checkpoint before the waiter had held the GIL");
        // Whether the holder had to park (ForcedSwitchWaits) or the waiter was already in is up to the OS;
        // either way the waiter got the GIL first, which is what forced switching promises.
        Assert.True(interp.GilCounters.Switches >= 2);
    }

    [Fact]
    public void ABlockedThreadLetsAnotherRun()
    {
        var interp = new GilInterpreter();
        using var otherRan = new ManualResetEventSlim();
        bool otherRanWhileBlocked = false;
        var threads = new DeadlineThreads();
        threads.Start("sleeper", () =>
        {
            ThreadState ts = interp.Ensure();
            var other = new Thread(() =>
            {
                ThreadState ots = interp.Ensure();
                otherRan.Set();
                interp.Release(ots);
            }) { IsBackground = true };
            other.Start();
            using (ts.AllowThreads())
            {
                // Without the GIL given up here the other thread could never enter: this wait would time out.
                otherRanWhileBlocked = otherRan.Wait(DeadlineThreads.Deadline);
            }
            Assert.True(ts.HoldsGil);
            interp.Release(ts);
            other.Join(DeadlineThreads.Deadline);
        });
        threads.JoinAll();
        Assert.True(otherRanWhileBlocked);
    }

    [Fact]
    public void SettingTheSwitchIntervalChangesTheCadence()
    {
        var interp = new GilInterpreter();
        Assert.Equal(0.005, interp.Scheduler.SwitchInterval);

        // Two threads take turns at a checkpoint until `enough` says stop; returns the drop requests made and the time taken.
        (long Requests, TimeSpan Elapsed) Run(double interval, Func<long, TimeSpan, bool> enough)
        {
            interp.Scheduler.SwitchInterval = interval;
            Assert.Equal(interval, interp.Scheduler.SwitchInterval);
            long before = interp.GilCounters.DropRequests;
            var holders = new HolderCount();
            var clock = Stopwatch.StartNew();
            var threads = new DeadlineThreads();
            for (int id = 0; id < 2; id++)
            {
                threads.Start($"cpu-{id}", () =>
                {
                    ThreadState ts = interp.Ensure();
                    holders.Enter();
                    long x = 0;
                    while (!enough(interp.GilCounters.DropRequests - before, clock.Elapsed)) { x = Burn(x); Checkpoint(interp, ts, holders); }
                    holders.Leave();
                    interp.Release(ts);
                    GC.KeepAlive(x);
                });
            }
            threads.JoinAll();
            Assert.Equal(0, holders.Violations);
            return (interp.GilCounters.DropRequests - before, clock.Elapsed);
        }

        // A waiter asks at most once per interval it has waited through, so with a 0.2 s interval 0.8 s holds at
        // most 4 requests, plus slack for the threads still waiting as the window closes: a bound set by physics,
        // which no load on the machine can break.
        var (slow, slowElapsed) = Run(0.2, (_, elapsed) => elapsed >= TimeSpan.FromMilliseconds(800));
        Assert.True(slow <= slowElapsed.TotalSeconds / 0.2 + 4, $"{slow} drop requests in {slowElapsed.TotalSeconds:F2} s with a 0.2 s interval");

        // With a 1 ms interval the same 20 requests must come much sooner than a 0.2 s interval could make them
        // (4 s): the run stops at 20 requests, not at a time, so a slow machine only makes it take longer.
        const int Requests = 20;
        var (fast, fastElapsed) = Run(0.001, (requests, elapsed) => requests >= Requests || elapsed >= TimeSpan.FromSeconds(30));
        Assert.True(fast >= Requests, $"{fast} drop requests in {fastElapsed.TotalSeconds:F2} s with a 0.001 s interval");
        Assert.True(fastElapsed < TimeSpan.FromSeconds(Requests * 0.2), $"{Requests} drop requests took {fastElapsed.TotalSeconds:F2} s with a 0.001 s interval");
    }

    [Fact]
    public void ADropRequestSetsOnlyTheProfilesBit()
    {
        var modern = new GilInterpreter(new GilOptions { Profile = RuntimeProfile.Modern });
        var py39 = new GilInterpreter(new GilOptions { Profile = RuntimeProfile.Py39 });
        Assert.Equal(0, modern.EvalBreaker);
        modern.SetGilDropRequest();
        py39.SetGilDropRequest();
        Assert.Equal(CheckpointMask.Modern, modern.EvalBreaker);
        Assert.Equal(CheckpointMask.Py39, py39.EvalBreaker);
        // A site that only the 3.9 profile honours (say, after a STORE_GLOBAL) stays on the fast path under Modern.
        Assert.Equal(0, modern.EvalBreaker & CheckpointMask.Py39);
        modern.ResetGilDropRequest();
        py39.ResetGilDropRequest();
        Assert.Equal(0, modern.EvalBreaker);
        Assert.Equal(0, py39.EvalBreaker);
    }

    [Fact]
    public void ACheckpointWithoutAnyoneWaitingKeepsTheGil()
    {
        // A drop request nobody waits for (say, left by a scheduler) must not park the holder forever.
        var interp = new GilInterpreter();
        var threads = new DeadlineThreads();
        threads.Start("alone", () =>
        {
            ThreadState ts = interp.Ensure();
            interp.SetGilDropRequest();
            ts.HandleEvalBreaker();
            Assert.True(ts.HoldsGil);
            Assert.Equal(0, interp.EvalBreaker);
            interp.Release(ts);
        });
        threads.JoinAll();
        Assert.Equal(0, interp.GilCounters.ForcedSwitchWaits);
    }
}
