using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;

namespace GilGen.Runtime;

/// <summary>
/// Records every GIL event of an interpreter (<see cref="GilEventKind"/>) in a ring buffer allocated up
/// front, for a picture (<see cref="GilTimelineSvg"/>) or figures (<see cref="GilTimelineStats"/>) of who
/// held the GIL. Turned on with <see cref="GilGen.GilOptions.TimelineCapacity"/>.
/// </summary>
/// <remarks>
/// Recording takes no lock and allocates nothing after a thread's first event: a slot is claimed with one
/// interlocked increment and filled with a timestamp, so it does not change who wins the GIL. A take is
/// recorded after the thread has the GIL and a drop before it lets go, so the recorded "held" intervals of
/// two threads never overlap under a GIL. When the buffer is full the oldest events are overwritten.
/// </remarks>
public sealed class GilTimeline
{
    private readonly GilEvent[] _events;
    private long _next;

    // The thread that recorded the last take; written only by GIL holders, in GIL order.
    private volatile int _lastTaker = -1;
    private readonly List<ThreadState> _threads = new();

    /// <summary>A recorder keeping the last <paramref name="capacity"/> events.</summary>
    public GilTimeline(int capacity)
    {
        if (capacity <= 0) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "a timeline needs room for at least one event");
        _events = new GilEvent[capacity];
        // Touch every page now, so that recording takes no page faults while the threads run: one write a page
        // (filling the whole buffer ran a million-element loop, unoptimized at first, as the program started).
        int perPage = Math.Max(1, Environment.SystemPageSize / Unsafe.SizeOf<GilEvent>());
        for (int i = 0; i < capacity; i += perPage) _events[i] = new GilEvent(0, -1, GilEventKind.ThreadStart);
        Start = Stopwatch.GetTimestamp();
    }

    /// <summary>When recording started, in <see cref="Stopwatch"/> ticks.</summary>
    public long Start { get; }

    /// <summary>
    /// Events written to the buffer so far, including overwritten ones (a thread's latest losses at old-GIL
    /// checks can still be staged: <see cref="RecordLostAtCheck"/>).
    /// </summary>
    public long Recorded => Interlocked.Read(ref _next);

    /// <summary>Events lost because the buffer was full.</summary>
    public long Overwritten => Math.Max(0, Recorded - _events.Length);

    /// <summary>The threads that have recorded events, by index.</summary>
    public IReadOnlyList<ThreadState> Threads
    {
        get
        {
            lock (_threads) return _threads.ToArray();
        }
    }

    /// <summary>Records that <paramref name="ts"/> did <paramref name="kind"/> now.</summary>
    public void Record(ThreadState ts, GilEventKind kind)
    {
        long timestamp = Stopwatch.GetTimestamp();
        int thread = ts.TimelineIndex;
        if (thread < 0) thread = Register(ts);
        Write(ts, timestamp, thread, kind);
    }

    /// <summary>
    /// Records that <paramref name="ts"/> yielded to a drop request (the new GIL: at most one per switch
    /// interval) and has the GIL again: a drop and a wait dated <paramref name="dropped"/>, when the yield
    /// began, and a take now, if another thread took the GIL meanwhile; nothing if nobody did (its held
    /// interval goes on).
    /// </summary>
    public void RecordYield(ThreadState ts, long dropped)
    {
        int thread = ts.TimelineIndex;
        if (thread >= 0 && _lastTaker == thread) return;
        if (thread < 0) thread = Register(ts);
        long now = Stopwatch.GetTimestamp();
        Write(ts, dropped, thread, GilEventKind.Drop);
        Write(ts, dropped, thread, GilEventKind.Wait);
        Write(ts, now, thread, GilEventKind.Take);
    }

    /// <summary>
    /// Records that <paramref name="ts"/> gave the GIL up at an old-GIL check and found it taken when it tried
    /// to take it back, just before it goes to sleep (<see cref="GilEventKind.LostAtCheck"/>, then a wait).
    /// </summary>
    /// <remarks>
    /// Under the old GIL who wins depends on nanoseconds, and recording can shift that balance either way.
    /// Work the winner does before its next check (a clock read and one store were enough) lets the loser fall
    /// asleep more often, so that later releases pay for real wake-ups: recording takes that way made the
    /// two-thread countdown 1.2–1.4x slower. Work the loser does before it sleeps lets the winner's next release
    /// find nobody asleep: writing two events to the shared buffer there made it 1.5x faster. So only the loser
    /// records, and only a clock read and a store to its own thread state (<see cref="StagedLosses"/>); the
    /// events reach the buffer in batches, before any other event of that thread. The winner's take is not
    /// recorded; <see cref="Snapshot"/> puts it back.
    /// </remarks>
    internal void RecordLostAtCheck(ThreadState ts)
    {
        long now = Stopwatch.GetTimestamp();
        if (ts.TimelineIndex < 0) Register(ts);
        long[] staged = ts.TimelineLostAt ??= new long[StagedLosses];
        staged[ts.TimelineLostCount++] = now;
        if (ts.TimelineLostCount == staged.Length) FlushLosses(ts);
    }

    /// <summary>
    /// Records that another thread took and gave back the GIL between <paramref name="ts"/>'s release at an
    /// old-GIL check and its take, which found the GIL free (the thread was preempted in between): a loss, a
    /// wait and a take, now. The loss is late; <see cref="Snapshot"/> moves it back to the other thread's take.
    /// </summary>
    internal void RecordDisplacedAtCheck(ThreadState ts)
    {
        long now = Stopwatch.GetTimestamp();
        int thread = ts.TimelineIndex;
        if (thread < 0) thread = Register(ts);
        Write(ts, now, thread, GilEventKind.LostAtCheck);
        Write(ts, now, thread, GilEventKind.Wait);
        Write(ts, now, thread, GilEventKind.Take);
    }

    /// <summary>How many losses at a check a thread keeps before writing them to the buffer (<see cref="RecordLostAtCheck"/>).</summary>
    internal const int StagedLosses = 256;

    // Writes a thread's staged losses at a check, in order, as LostAtCheck and Wait pairs.
    private void FlushLosses(ThreadState ts)
    {
        int count = ts.TimelineLostCount;
        if (count == 0) return;
        ts.TimelineLostCount = 0;
        int thread = ts.TimelineIndex;
        long slot = Interlocked.Add(ref _next, 2 * count) - 2 * count;
        long[] staged = ts.TimelineLostAt!;
        for (int i = 0; i < count; i++)
        {
            _events[slot++ % _events.Length] = new GilEvent(staged[i], thread, GilEventKind.LostAtCheck);
            _events[slot++ % _events.Length] = new GilEvent(staged[i], thread, GilEventKind.Wait);
        }
    }

    private void Write(ThreadState ts, long timestamp, int thread, GilEventKind kind)
    {
        // A thread's events reach the buffer in the order it had them (Snapshot relies on it).
        if (ts.TimelineLostCount > 0) FlushLosses(ts);
        long slot = Interlocked.Increment(ref _next) - 1;
        _events[slot % _events.Length] = new GilEvent(timestamp, thread, kind);
        if (kind == GilEventKind.Take) _lastTaker = thread;
    }

    /// <summary>
    /// The events kept, oldest first (ordered by timestamp), with the takes the old GIL's winners did not
    /// record put back (<see cref="RecordLostAtCheck"/>). Take it once the threads are done: an event being
    /// written meanwhile may be missing.
    /// </summary>
    public GilEvent[] Snapshot()
    {
        long recorded = Recorded;
        long count = Math.Min(recorded, _events.Length);
        long first = recorded - count;
        var kept = new List<GilEvent>((int)count);
        for (long i = 0; i < count; i++) kept.Add(_events[(first + i) % _events.Length]);
        // Each thread's staged losses are its latest events. Read, not flushed: a daemon thread may still stage.
        foreach (var ts in Threads)
        {
            long[]? staged = ts.TimelineLostAt;
            int pending = staged == null ? 0 : Math.Min(Volatile.Read(ref ts.TimelineLostCount), staged.Length);
            for (int i = 0; i < pending; i++)
            {
                kept.Add(new GilEvent(staged![i], ts.TimelineIndex, GilEventKind.LostAtCheck));
                kept.Add(new GilEvent(staged[i], ts.TimelineIndex, GilEventKind.Wait));
            }
        }
        return Settle(kept);
    }

    /// <summary>
    /// Recorded events (in the order each thread had them) as <see cref="Snapshot"/> returns them: ordered by
    /// timestamp, with the takes the old GIL's winners did not record put back, and, under a GIL, never two holders
    /// at once although some records are late (<see cref="GilEventKind.LostAtCheck"/>) or inferred.
    /// </summary>
    public static GilEvent[] Settle(IReadOnlyList<GilEvent> recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var inferred = new HashSet<GilEvent>();
        List<GilEvent> events = InferTakesAfterLostChecks(recorded, inferred);
        // Slots are claimed in order, but two threads' timestamps can be taken in the other order. OrderBy is
        // stable, so one thread's events with equal timestamps keep their order.
        GilEvent[] ordered = events.OrderBy(e => e.Timestamp).ToArray();
        // A take moved by one pass can fall in the next holder's interval, which the next pass settles.
        for (int pass = 0; pass < 8 && KeepOneHolder(ordered, inferred); pass++) ordered = ordered.OrderBy(e => e.Timestamp).ToArray();
        return ordered;
    }

    private static bool GivesUpGil(GilEventKind kind) =>
        kind is GilEventKind.Drop or GilEventKind.DropBlocking or GilEventKind.LostAtCheck;

    // A thread that lost the GIL at a check and next gives it up again must have taken it in between; the
    // take was not recorded. It is dated by the last release by anyone before that next give-up: the loser's
    // LostAtCheck that the take caused, or a release recorded before it (a blocking call). Dated so, the
    // inferred held interval starts after every other thread's recorded release that precedes its end, so it
    // overlaps no other held interval that ends before it; one that ends after it started after its end.
    private static List<GilEvent> InferTakesAfterLostChecks(IReadOnlyList<GilEvent> kept, HashSet<GilEvent> inferred)
    {
        if (!kept.Any(e => e.Kind == GilEventKind.LostAtCheck)) return kept.ToList();
        long[] releases = kept.Where(e => GivesUpGil(e.Kind)).Select(e => e.Timestamp).Order().ToArray();
        var lostAt = new Dictionary<int, long>();
        var events = new List<GilEvent>(kept.Count + kept.Count / 2);
        foreach (var e in kept)
        {
            if (GivesUpGil(e.Kind) && lostAt.Remove(e.Thread, out long waitedFrom))
            {
                // The last release at or before e, other than e itself (the one just below the first later one).
                int after = Array.BinarySearch(releases, e.Timestamp + 1);
                if (after < 0) after = ~after;
                while (after > 0 && releases[after - 1] > e.Timestamp) after--;
                long previous = after >= 2 ? releases[after - 2] : e.Timestamp;
                var take = new GilEvent(Math.Max(waitedFrom, previous), e.Thread, GilEventKind.Take);
                inferred.Add(take);
                events.Add(take);
            }
            if (e.Kind == GilEventKind.Take) lostAt.Remove(e.Thread);
            events.Add(e);
            if (e.Kind == GilEventKind.LostAtCheck) lostAt[e.Thread] = e.Timestamp;
        }
        return events;
    }

    // Under a GIL two threads never hold at once; two records that say so are settled here. Returns whether anything moved.
    // - A LostAtCheck is recorded after the winner's take, so it can come after a take the winner did record (a
    //   thread back from a blocking call): such a late record is moved back to that take, with the wait recorded
    //   beside it.
    // - An inferred take (InferTakesAfterLostChecks) is dated by the releases around it, and when two threads lost at
    //   checks and wait together, both can be dated by the same release: one that falls while another thread holds
    //   the GIL until a release recorded on time (a drop, a blocking call) is moved to that release.
    // - An inferred take is only the earliest the take can have been, so a take another thread recorded after it,
    //   before the inferred holder gives the GIL up, was first: the inferred take moves to after that thread's hold
    //   (SettleInferredHolder).
    // Inferred takes come only from old-GIL checks; under free-threaded "held" is running, and overlaps stay.
    private static bool KeepOneHolder(GilEvent[] events, HashSet<GilEvent> inferred)
    {
        bool moved = false;
        int holder = -1, holderTake = -1;
        var takenFrom = new Dictionary<int, long>();
        var movedWait = new Dictionary<int, (long From, long To)>();
        for (int i = 0; i < events.Length; i++)
        {
            GilEvent e = events[i];
            if (e.Kind == GilEventKind.Take)
            {
                if (holder >= 0 && holder != e.Thread)
                {
                    if (inferred.Contains(e) && NextGiveUp(events, i, holder) is GilEvent release && release.Kind != GilEventKind.LostAtCheck)
                    {
                        events[i] = e with { Timestamp = release.Timestamp };
                        inferred.Add(events[i]);
                        moved = true;
                        continue;
                    }
                    if (!inferred.Contains(e) && holderTake >= 0 && inferred.Contains(events[holderTake]) && SettleInferredHolder(events, inferred, holderTake, i))
                    {
                        moved = true;
                        holder = e.Thread;
                        holderTake = i;
                        continue;
                    }
                    // The holder has not recorded giving the GIL up yet: its record is a late LostAtCheck.
                    takenFrom.TryAdd(holder, e.Timestamp);
                }
                holder = e.Thread;
                holderTake = i;
            }
            else if (e.Kind == GilEventKind.Wait && movedWait.Remove(e.Thread, out var wait) && wait.From == e.Timestamp)
            {
                events[i] = e with { Timestamp = wait.To };
            }
            else if (GivesUpGil(e.Kind))
            {
                if (takenFrom.Remove(e.Thread, out long takenAt) && e.Kind == GilEventKind.LostAtCheck && takenAt < e.Timestamp)
                {
                    events[i] = e with { Timestamp = takenAt };
                    movedWait[e.Thread] = (e.Timestamp, takenAt);
                    moved = true;
                }
                if (holder == e.Thread) holder = -1;
            }
        }
        return moved;
    }

    // The holder's take at index inferredTake is inferred, and another thread recorded a take at index take before
    // the holder gives the GIL up: that thread held first, so the inferred take moves to its give-up. When that
    // give-up is a late LostAtCheck (recorded once the loser woke, after the holder's own give-up), the hand-over
    // lies somewhere between the recorded take and the holder's give-up; both are dated half-way.
    private static bool SettleInferredHolder(GilEvent[] events, HashSet<GilEvent> inferred, int inferredTake, int take)
    {
        int holder = events[inferredTake].Thread;
        if (NextGiveUpIndex(events, take, holder) is not int holderGivesUp || NextGiveUpIndex(events, take, events[take].Thread) is not int takerGivesUp)
            return false;
        long handOver = events[takerGivesUp].Timestamp;
        if (handOver > events[holderGivesUp].Timestamp)
        {
            if (events[takerGivesUp].Kind != GilEventKind.LostAtCheck) return false;
            handOver = events[take].Timestamp + (events[holderGivesUp].Timestamp - events[take].Timestamp) / 2;
            long lostAt = events[takerGivesUp].Timestamp;
            // The loss and the wait recorded beside it move together.
            for (int j = takerGivesUp; j < events.Length && events[j].Timestamp == lostAt; j++)
                if (events[j].Thread == events[take].Thread && events[j].Kind is GilEventKind.LostAtCheck or GilEventKind.Wait)
                    events[j] = events[j] with { Timestamp = handOver };
        }
        events[inferredTake] = events[inferredTake] with { Timestamp = handOver };
        inferred.Add(events[inferredTake]);
        return true;
    }

    private static int? NextGiveUpIndex(GilEvent[] events, int i, int thread)
    {
        for (int j = i + 1; j < events.Length; j++)
            if (events[j].Thread == thread && GivesUpGil(events[j].Kind)) return j;
        return null;
    }

    // The first event after index i by which thread gives the GIL up, or null.
    private static GilEvent? NextGiveUp(GilEvent[] events, int i, int thread) =>
        NextGiveUpIndex(events, i, thread) is int j ? events[j] : null;

    /// <summary>Seconds from <see cref="Start"/> to <paramref name="timestamp"/>.</summary>
    public double Seconds(long timestamp) => (timestamp - Start) / (double)Stopwatch.Frequency;

    /// <summary>
    /// What each thread was doing, from <paramref name="events"/> (a <see cref="Snapshot"/>): held from a take
    /// to the next drop, waiting from a wait to the take, blocked from a drop around a blocking call to the
    /// next wait. A thread that drops the GIL at a checkpoint and takes it back with nobody else taking it in
    /// between (the old GIL's checks, a drop request nobody answered) holds it all along: one interval.
    /// </summary>
    public List<GilInterval> Intervals(GilEvent[] events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var perThread = new List<List<GilInterval>>();
        var state = new List<(GilIntervalKind? Kind, double Since)>();
        int lastTaker = -1;
        double end = events.Length > 0 ? Seconds(events[^1].Timestamp) : 0;
        foreach (var e in events)
        {
            while (perThread.Count <= e.Thread)
            {
                perThread.Add(new List<GilInterval>());
                state.Add((null, 0));
            }
            double t = Seconds(e.Timestamp);
            var intervals = perThread[e.Thread];
            var (kind, since) = state[e.Thread];
            switch (e.Kind)
            {
                case GilEventKind.Wait:
                    if (kind == GilIntervalKind.Blocked) intervals.Add(new(e.Thread, GilIntervalKind.Blocked, since, t));
                    if (kind != GilIntervalKind.Held) state[e.Thread] = (GilIntervalKind.Waiting, t);
                    break;
                case GilEventKind.Take:
                    int lastHeld = intervals.FindLastIndex(i => i.Kind == GilIntervalKind.Held);
                    bool blockedSince = lastHeld >= 0 && intervals.FindIndex(lastHeld, i => i.Kind == GilIntervalKind.Blocked) >= 0;
                    if (lastTaker == e.Thread && lastHeld >= 0 && !blockedSince && kind != GilIntervalKind.Held)
                    {
                        // Nobody else held it since this thread's last drop: reopen that interval.
                        since = intervals[lastHeld].Start;
                        intervals.RemoveRange(lastHeld, intervals.Count - lastHeld);
                    }
                    else
                    {
                        if (kind == GilIntervalKind.Waiting) intervals.Add(new(e.Thread, GilIntervalKind.Waiting, since, t));
                        since = t;
                    }
                    state[e.Thread] = (GilIntervalKind.Held, since);
                    lastTaker = e.Thread;
                    break;
                case GilEventKind.Drop:
                case GilEventKind.DropBlocking:
                case GilEventKind.LostAtCheck:
                case GilEventKind.ThreadExit:
                    if (kind is GilIntervalKind k) intervals.Add(new(e.Thread, k, since, t));
                    state[e.Thread] = e.Kind == GilEventKind.DropBlocking ? (GilIntervalKind.Blocked, t) : (null, t);
                    break;
            }
        }
        var all = new List<GilInterval>();
        for (int i = 0; i < perThread.Count; i++)
        {
            all.AddRange(perThread[i]);
            if (state[i].Kind is GilIntervalKind open && end > state[i].Since) all.Add(new(i, open, state[i].Since, end));
        }
        return all;
    }

    private int Register(ThreadState ts)
    {
        lock (_threads)
        {
            if (ts.TimelineIndex >= 0) return ts.TimelineIndex;
            _threads.Add(ts);
            ts.TimelineIndex = _threads.Count - 1;
            return ts.TimelineIndex;
        }
    }
}
