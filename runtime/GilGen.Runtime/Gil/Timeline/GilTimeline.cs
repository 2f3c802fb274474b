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

    /// <summary>Events recorded so far, including overwritten ones.</summary>
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
    /// Records that <paramref name="ts"/>, at a checkpoint, gave the GIL up and has just got it back: a drop,
    /// a wait and a take if another thread took the GIL meanwhile, nothing if nobody did (its held interval
    /// goes on). The drop and the wait are dated by the first take of another thread since this thread's
    /// own last take, the moment the GIL changed hands, so the common case, the old GIL's check every
    /// hundred-odd ticks that gives the GIL straight back, costs one read and no clock read. A yield to a
    /// drop request (the new GIL: one per switch interval) passes the time it began, <paramref name="dropped"/>,
    /// so that its forced-switch wait shows as waiting, not holding.
    /// </summary>
    public void RecordYield(ThreadState ts, long? dropped = null)
    {
        int thread = ts.TimelineIndex;
        if (thread >= 0 && _lastTaker == thread) return;
        if (thread < 0) thread = Register(ts);
        long now = Stopwatch.GetTimestamp();
        long dropTime = dropped ?? HandOverSince(ts.TimelineTakeSlot, thread) ?? now;
        Write(ts, dropTime, thread, GilEventKind.Drop);
        Write(ts, dropTime, thread, GilEventKind.Wait);
        Write(ts, now, thread, GilEventKind.Take);
    }

    // The timestamp of the first take by a thread other than `thread` after slot `since`, if still kept. Every
    // such take was written before that thread let the GIL go, so it is complete by the time `thread` has it.
    private long? HandOverSince(long since, int thread)
    {
        if (since < 0) return null;
        long end = Interlocked.Read(ref _next);
        for (long slot = Math.Max(since + 1, end - _events.Length); slot < end; slot++)
        {
            GilEvent e = _events[slot % _events.Length];
            if (e.Kind == GilEventKind.Take && e.Thread != thread) return e.Timestamp;
        }
        return null;
    }

    private void Write(ThreadState ts, long timestamp, int thread, GilEventKind kind)
    {
        long slot = Interlocked.Increment(ref _next) - 1;
        _events[slot % _events.Length] = new GilEvent(timestamp, thread, kind);
        if (kind == GilEventKind.Take)
        {
            ts.TimelineTakeSlot = slot;
            _lastTaker = thread;
        }
    }

    /// <summary>
    /// The events kept, oldest first (ordered by timestamp). Take it once the threads are done: an event
    /// being written meanwhile may be missing.
    /// </summary>
    public GilEvent[] Snapshot()
    {
        long count = Math.Min(Recorded, _events.Length);
        long first = Recorded - count;
        var events = new GilEvent[count];
        for (long i = 0; i < count; i++) events[i] = _events[(first + i) % _events.Length];
        // Slots are claimed in order, but two threads' timestamps can be taken in the other order. OrderBy is
        // stable, so one thread's events with equal timestamps keep their order.
        return events.OrderBy(e => e.Timestamp).ToArray();
    }

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
