using System;
using System.Linq;
using System.Threading;
using GilGen;

namespace GilGen.Runtime.Tests.Gil;

/// <summary>
/// The timeline's reading of events: held, waiting and blocked intervals per thread, one held interval
/// across checkpoint yields nobody answered, and never two holders at once. Events are recorded by real
/// takes and drops of the GIL; assertions are on the order of events, not on durations.
/// </summary>
[Collection(SerialGilTests.Name)]
public sealed class GilTimelineTests
{
    [Fact]
    public void A_yield_nobody_answers_leaves_one_held_interval_and_a_blocking_call_splits_it()
    {
        var interp = new GilInterpreter(new GilOptions { TimelineCapacity = 64 });
        ThreadState ts = interp.Ensure();
        // A drop request with nobody waiting: the holder yields and takes the GIL straight back.
        interp.SetGilDropRequest();
        ts.HandleEvalBreaker();
        using (ts.AllowThreads())
        {
        }
        interp.Release(ts);

        GilTimeline timeline = interp.Timeline!;
        GilEvent[] events = timeline.Snapshot();
        Assert.Equal(
            new[] { GilEventKind.ThreadStart, GilEventKind.Wait, GilEventKind.Take, GilEventKind.DropRequest,
                    GilEventKind.DropBlocking, GilEventKind.Wait, GilEventKind.Take, GilEventKind.DropBlocking },
            events.Select(e => e.Kind).ToArray());
        var kinds = timeline.Intervals(events).Select(i => i.Kind).ToArray();
        // The last drop ends the recording: nothing follows it to close an interval.
        Assert.Equal(new[] { GilIntervalKind.Waiting, GilIntervalKind.Held, GilIntervalKind.Blocked, GilIntervalKind.Waiting, GilIntervalKind.Held }, kinds);
        Assert.Same(ts, Assert.Single(timeline.Threads));
    }

    [Fact]
    public void Two_threads_taking_turns_never_hold_together_in_the_timeline()
    {
        var interp = new GilInterpreter(new GilOptions { SwitchInterval = 0.001, TimelineCapacity = 1 << 16 });
        var threads = new DeadlineThreads();
        int turns = 0;
        for (int id = 0; id < 2; id++)
        {
            threads.Start($"cpu-{id}", () =>
            {
                ThreadState ts = interp.Ensure();
                var deadline = System.Diagnostics.Stopwatch.StartNew();
                while (Volatile.Read(ref turns) < 20 && deadline.Elapsed < DeadlineThreads.Deadline / 2)
                {
                    Thread.SpinWait(200);
                    if ((interp.EvalBreaker & CheckpointMask.Modern) != 0)
                    {
                        ts.HandleEvalBreaker();
                        Interlocked.Increment(ref turns);
                    }
                }
                interp.Release(ts);
            });
        }
        threads.JoinAll();

        GilTimeline timeline = interp.Timeline!;
        var held = timeline.Intervals(timeline.Snapshot()).Where(i => i.Kind == GilIntervalKind.Held).OrderBy(i => i.Start).ToArray();
        Assert.Equal(2, held.Select(h => h.Thread).Distinct().Count());
        for (int i = 1; i < held.Length; i++) Assert.True(held[i].Start >= held[i - 1].End, $"{held[i - 1]} and {held[i]} overlap");
        Assert.Contains("thread ", GilTimelineStats.Format(timeline));
    }

    [Fact]
    public void An_old_gil_check_records_nothing_when_it_keeps_the_GIL_and_a_hand_over_through_its_loser()
    {
        var interp = new GilInterpreter(new GilOptions { Profile = RuntimeProfile.Py27, TimelineCapacity = 1024 });
        ThreadState holder = interp.Ensure();
        GilTimeline timeline = interp.Timeline!;
        long before = timeline.Recorded;
        for (int tick = 0; tick < 10 * GilInterpreter.DefaultCheckInterval; tick++) holder.HandleEvalBreaker();
        // Ten checks, each giving the GIL up and taking it straight back: no event at all.
        Assert.Equal(before, timeline.Recorded);

        int otherRan = 0;
        var other = new Thread(() =>
        {
            ThreadState ts = interp.Ensure();
            Volatile.Write(ref otherRan, 1);
            interp.Release(ts);
        });
        other.Start();
        // The old GIL hands nothing over: keep checking until the other thread has won the GIL once.
        while (Volatile.Read(ref otherRan) == 0) holder.HandleEvalBreaker();
        interp.Release(holder);
        other.Join();

        GilEvent[] events = timeline.Snapshot();
        int holderIndex = timeline.Threads.ToList().IndexOf(holder);
        GilEvent otherTake = events.First(e => e.Thread != holderIndex && e.Kind == GilEventKind.Take);
        GilEvent otherRelease = events.First(e => e.Thread != holderIndex && e.Kind == GilEventKind.DropBlocking);
        // The holder lost a check to the other thread's take: recorded by the holder, never after that take.
        GilEvent[] holderEvents = events.Where(e => e.Thread == holderIndex).ToArray();
        int lost = Array.FindIndex(holderEvents, e => e.Kind == GilEventKind.LostAtCheck);
        Assert.True(lost >= 0, string.Join(", ", events.Select(e => e.Thread + ":" + e.Kind)));
        Assert.True(holderEvents[lost].Timestamp <= otherTake.Timestamp);
        // Then it waited, and took the GIL back once the other thread had released it: a take put back by
        // Snapshot at that release or, if the OS preempted the holder between its release and its take (the
        // other thread came and went meanwhile), recorded when the holder noticed.
        Assert.Equal(GilEventKind.Wait, holderEvents[lost + 1].Kind);
        Assert.Equal(GilEventKind.Take, holderEvents[lost + 2].Kind);
        Assert.True(holderEvents[lost + 2].Timestamp >= otherRelease.Timestamp);
        AssertNoTwoHolders(timeline, events);
    }

    [Fact]
    public void An_old_gil_battle_is_recorded_by_its_losers_and_every_winner_gets_its_take_back()
    {
        var interp = new GilInterpreter(new GilOptions { Profile = RuntimeProfile.Py27, TimelineCapacity = 1 << 16 });
        var oldGil = (OldGil)interp.Scheduler;
        var threads = new DeadlineThreads();
        for (int id = 0; id < 2; id++)
        {
            threads.Start($"cpu-{id}", () =>
            {
                ThreadState ts = interp.Ensure();
                var deadline = System.Diagnostics.Stopwatch.StartNew();
                while (oldGil.OldCounters.HandOffs < 40 && deadline.Elapsed < DeadlineThreads.Deadline / 2) ts.HandleEvalBreaker();
                interp.Release(ts);
            });
        }
        threads.JoinAll();

        GilTimeline timeline = interp.Timeline!;
        GilEvent[] events = timeline.Snapshot();
        int losses = events.Count(e => e.Kind == GilEventKind.LostAtCheck);
        Assert.InRange(losses, 1, oldGil.OldCounters.HandOffs);
        // Each loss is a wait, and the loser's next give-up comes after a take of its own (recorded or put back).
        for (int thread = 0; thread < timeline.Threads.Count; thread++)
        {
            GilEventKind[] own = events.Where(e => e.Thread == thread).Select(e => e.Kind).ToArray();
            for (int i = 0; i < own.Length; i++)
            {
                if (own[i] != GilEventKind.LostAtCheck || i + 2 >= own.Length) continue;
                Assert.Equal(GilEventKind.Wait, own[i + 1]);
                Assert.Equal(GilEventKind.Take, own[i + 2]);
            }
        }
        AssertNoTwoHolders(timeline, events);
    }

    [Fact]
    public void An_inferred_take_gives_way_to_a_take_recorded_before_its_holder_lets_go()
    {
        // The records of a run under load (py27; the main thread 0 and two counting threads, times in µs). A lost
        // at a check to the main thread, which then blocked to start B. B's take is recorded; A's is not, and is
        // inferred from A's blocking drop, dated by the main thread's release: before B's. B, preempted at a check
        // while A held, recorded its loss only when it woke (a loss, a wait and a take at once), after A had blocked.
        var timeline = new GilTimeline(64);
        const int main = 0, a = 1, b = 2;
        GilEvent At(double us, int thread, GilEventKind kind) =>
            new(timeline.Start + (long)(us * System.Diagnostics.Stopwatch.Frequency / 1e6), thread, kind);
        GilEvent[] recorded =
        {
            At(1013.4, a, GilEventKind.Take),
            At(1056.4, main, GilEventKind.Take),
            At(1056.4, a, GilEventKind.LostAtCheck),
            At(1056.4, a, GilEventKind.Wait),
            At(1057.5, b, GilEventKind.Wait),
            At(1057.7, main, GilEventKind.DropBlocking),
            At(1057.9, b, GilEventKind.Take),
            At(1074.7, a, GilEventKind.DropBlocking),
            At(1092.2, b, GilEventKind.LostAtCheck),
            At(1092.2, b, GilEventKind.Wait),
            At(1092.2, b, GilEventKind.Take),
            At(1094.5, b, GilEventKind.DropBlocking),
        };

        GilEvent[] events = GilTimeline.Settle(recorded);
        AssertNoTwoHolders(timeline, events);
        var held = timeline.Intervals(events).Where(i => i.Kind == GilIntervalKind.Held).ToArray();
        GilInterval[] heldByA = held.Where(i => i.Thread == a).OrderBy(i => i.Start).ToArray();
        GilInterval[] heldByB = held.Where(i => i.Thread == b).OrderBy(i => i.Start).ToArray();
        // A held again between B's two holds, until its own blocking drop.
        Assert.Equal(2, heldByA.Length);
        Assert.Equal(2, heldByB.Length);
        Assert.True(heldByB[0].End <= heldByA[1].Start && heldByA[1].End <= heldByB[1].Start, string.Join("; ", held));
        Assert.Equal(1074.7e-6, heldByA[1].End, 1e-9);
    }

    private static void AssertNoTwoHolders(GilTimeline timeline, GilEvent[] events)
    {
        var held = timeline.Intervals(events).Where(i => i.Kind == GilIntervalKind.Held).OrderBy(i => i.Start).ToArray();
        for (int i = 1; i < held.Length; i++) Assert.True(held[i].Start >= held[i - 1].End, $"{held[i - 1]} and {held[i]} overlap");
    }
}
