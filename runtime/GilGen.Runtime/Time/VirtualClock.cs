using System;
using System.Threading;

namespace GilGen.Runtime;

/// <summary>
/// The virtual time of a <see cref="DeterministicScheduler"/>: it moves only when the scheduler moves it
/// (a small step per decision point, and straight to the next timed wake-up when every thread waits), so a
/// <c>time.sleep(10)</c> takes no wall time and every reading is a function of the schedule alone.
/// Timestamps are nanoseconds; the wall clock starts at a fixed date.
/// </summary>
public sealed class VirtualClock : TimeProvider
{
    /// <summary>What <c>time.time()</c> reads at virtual time zero: 2024-01-01T00:00:00Z.</summary>
    public static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private long _nanoseconds;
    private readonly GilGen.GilInterpreter? _interp;
    private readonly long _stepNanoseconds;

    /// <summary>A clock at zero that moves only when it is moved.</summary>
    public VirtualClock() { }

    /// <summary>
    /// A clock that also counts, at <paramref name="stepNanoseconds"/> each, the checkpoints the running thread
    /// of <paramref name="interp"/> has passed on its countdown since the scheduler last moved the clock.
    /// </summary>
    internal VirtualClock(GilGen.GilInterpreter interp, long stepNanoseconds)
    {
        _interp = interp;
        _stepNanoseconds = stepNanoseconds;
    }

    /// <summary>Nanoseconds since the start of the run.</summary>
    /// <remarks>Only the scheduler writes it, under its gate; 64-bit reads and writes are atomic.</remarks>
    public long Nanoseconds => Volatile.Read(ref _nanoseconds) + (_interp is null ? 0 : _interp.ScheduledCheckpointsPassed * _stepNanoseconds);

    /// <summary>Moves the clock forward by <paramref name="nanoseconds"/>.</summary>
    internal void Advance(long nanoseconds) => Volatile.Write(ref _nanoseconds, _nanoseconds + nanoseconds);

    /// <summary>Moves the clock to <paramref name="nanoseconds"/> if that is later than now.</summary>
    internal void AdvanceTo(long nanoseconds)
    {
        if (nanoseconds > _nanoseconds) Volatile.Write(ref _nanoseconds, nanoseconds);
    }

    /// <inheritdoc/>
    public override long TimestampFrequency => 1_000_000_000;

    /// <inheritdoc/>
    public override long GetTimestamp() => Nanoseconds;

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => Epoch.AddTicks(Nanoseconds / 100);

    /// <inheritdoc/>
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
