using System;

namespace GilGen.Runtime;

/// <summary>
/// How long the CPython being reproduced takes, on average, from one honoured checkpoint to the next.
/// A profile with a pace measures the switch interval in that CPython's execution time as well as in
/// wall time: a waiter's interval also ends once the holder has passed <c>interval / pace</c> honoured
/// checkpoints, whichever comes first.
/// </summary>
/// <remarks>
/// <para>Why: which interleavings happen depends on how many instructions a thread runs per switch
/// interval, not on how many seconds. GilGen's generated code runs a loop like seed 07's
/// <c>counter += 1</c> about eight times faster than CPython 3.9, so in 5 ms of wall time a thread finishes
/// all 100,000 increments before any other thread asks for the GIL, and no update is ever lost, where
/// CPython 3.9 switches in the middle of the loop and loses a quarter of them. Pacing the interval by
/// CPython 3.9's speed restores CPython 3.9's switching density, hence its races, without slowing down a
/// thread that runs alone (the count only runs while somebody waits for the GIL).</para>
/// <para>The value for <see cref="GilGen.RuntimeProfile.Py39"/> was measured with CPython 3.9.18: seed 07's
/// loop body takes 48–60 ns per iteration uncontended, and passes five honoured checkpoints
/// (FOR_ITER, LOAD_GLOBAL, INPLACE_ADD, STORE_GLOBAL, JUMP_ABSOLUTE all end in DISPATCH()).
/// <see cref="GilGen.RuntimeProfile.Modern"/> keeps CPython's wall-clock interval only: with checkpoints
/// at backward jumps and calls alone, the density of switches does not decide the seeds' outcomes.</para>
/// </remarks>
public static class CheckpointPace
{
    /// <summary>CPython 3.9's time per honoured checkpoint, in nanoseconds.</summary>
    public const double Py39Nanoseconds = 11.5;

    /// <summary>The pace of <paramref name="profile"/> in nanoseconds per checkpoint, or null for wall-clock intervals only.</summary>
    public static double? For(GilGen.RuntimeProfile profile) => profile switch
    {
        GilGen.RuntimeProfile.Modern or GilGen.RuntimeProfile.Py27 or GilGen.RuntimeProfile.FreeThreaded => null,
        GilGen.RuntimeProfile.Py39 => Py39Nanoseconds,
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, "unknown runtime profile"),
    };

    /// <summary>
    /// How many honoured checkpoints make one switch interval of <paramref name="intervalSeconds"/> at
    /// <paramref name="nanoseconds"/> each (at least 1), spread by ±10% with <paramref name="random"/>.
    /// </summary>
    /// <remarks>
    /// The spread matters: a wall-clock interval ends at an arbitrary instruction, but a fixed count would
    /// end every interval of a loop at the same instruction of its body — always after STORE_GLOBAL, say, so
    /// that <c>counter += 1</c> never loses an update, or always after LOAD_GLOBAL, so that every switch does.
    /// </remarks>
    public static long Budget(double intervalSeconds, double nanoseconds, Random random)
    {
        double mean = intervalSeconds * 1e9 / nanoseconds;
        return Math.Max(1L, (long)(mean * (0.9 + 0.2 * random.NextDouble())));
    }
}
