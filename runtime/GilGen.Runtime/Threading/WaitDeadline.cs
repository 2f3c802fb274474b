using System;
using System.Diagnostics;
using System.Threading;

namespace GilGen.Runtime;

/// <summary>
/// When a blocking wait gives up: never, or at a point on the monotonic clock. Waits loop on it so that a
/// wake-up that does not satisfy them (another thread won the race) waits only for the time left.
/// </summary>
public readonly struct WaitDeadline
{
    private readonly long _endTimestamp;

    // The clock the deadline is on; null for the monotonic system clock (Stopwatch), the real-time default.
    private readonly TimeProvider? _clock;

    private WaitDeadline(long endTimestamp, TimeProvider? clock = null)
    {
        _endTimestamp = endTimestamp;
        _clock = clock;
    }

    /// <summary>A wait that never times out.</summary>
    public static WaitDeadline Never => new(long.MaxValue);

    /// <summary>A wait of <paramref name="seconds"/> from now (negative counts as zero).</summary>
    public static WaitDeadline After(double seconds)
    {
        if (!(seconds > 0)) return new WaitDeadline(Stopwatch.GetTimestamp());
        double ticks = seconds * Stopwatch.Frequency;
        long now = Stopwatch.GetTimestamp();
        return ticks >= long.MaxValue - now ? Never : new WaitDeadline(now + (long)ticks);
    }

    /// <summary>
    /// A wait of <paramref name="seconds"/> from now on <paramref name="clock"/> (an interpreter's
    /// <see cref="GilGen.GilInterpreter.Clock"/>: virtual time under the <see cref="DeterministicScheduler"/>).
    /// </summary>
    public static WaitDeadline After(double seconds, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (ReferenceEquals(clock, TimeProvider.System)) return After(seconds);
        long now = clock.GetTimestamp();
        if (!(seconds > 0)) return new WaitDeadline(now, clock);
        double ticks = seconds * clock.TimestampFrequency;
        return ticks >= long.MaxValue - now ? Never : new WaitDeadline(now + (long)ticks, clock);
    }

    /// <summary>The end of the wait on <paramref name="clock"/>'s timestamps, or null for <see cref="Never"/>.</summary>
    internal long? EndOn(TimeProvider clock)
    {
        if (IsNever) return null;
        if (ReferenceEquals(_clock, clock)) return _endTimestamp;
        // A deadline made on another clock: the time it has left, from now on this one.
        double left = (_endTimestamp - Now) / (double)Frequency;
        return clock.GetTimestamp() + (long)Math.Max(0, left * clock.TimestampFrequency);
    }

    private long Now => _clock?.GetTimestamp() ?? Stopwatch.GetTimestamp();

    private long Frequency => _clock?.TimestampFrequency ?? Stopwatch.Frequency;

    /// <summary>Never, when <paramref name="seconds"/> is null; otherwise <see cref="After(double)"/>.</summary>
    public static WaitDeadline From(double? seconds) => seconds is double s ? After(s) : Never;

    /// <summary>True for a wait without a time limit.</summary>
    public bool IsNever => _endTimestamp == long.MaxValue;

    /// <summary>
    /// Milliseconds left, rounded up so a wait never ends before the deadline, capped so that Monitor
    /// accepts it (the caller loops); <see cref="Timeout.Infinite"/> for <see cref="Never"/>; 0 once passed.
    /// </summary>
    public int RemainingMilliseconds
    {
        get
        {
            if (IsNever) return Timeout.Infinite;
            long left = _endTimestamp - Now;
            if (left <= 0) return 0;
            double ms = Math.Ceiling(left * 1000.0 / Frequency);
            return ms >= int.MaxValue - 1 ? int.MaxValue - 1 : (int)ms;
        }
    }

    /// <summary>Nanoseconds left (0 once passed); <see cref="long.MaxValue"/> for <see cref="Never"/>.</summary>
    internal long RemainingNanoseconds
    {
        get
        {
            if (IsNever) return long.MaxValue;
            long left = _endTimestamp - Now;
            return left <= 0 ? 0 : (long)(left * (1e9 / Frequency));
        }
    }

    /// <summary>The earlier of this deadline and <paramref name="milliseconds"/> from now (on this deadline's clock).</summary>
    internal WaitDeadline Within(int milliseconds)
    {
        long now = Now;
        long end = now + milliseconds * Frequency / 1000;
        return end < _endTimestamp ? new WaitDeadline(end, _clock) : this;
    }

    /// <summary>True once the deadline has passed.</summary>
    public bool HasPassed => !IsNever && Now >= _endTimestamp;
}
