using System;

namespace GilGen.Samples;

/// <summary>
/// Whether a timing was taken on a machine too busy to trust it. A single thread running Python the whole
/// time gets about one core (CPU time close to wall time); when other processes share the cores it gets
/// well under one, and the wall-time ratios of the report (two threads against one, pools against one
/// thread) then measure the other processes as much as the GIL.
/// </summary>
internal static class BusyMachine
{
    /// <summary>Below this share of a core for one busy thread, the machine is taken as busy.</summary>
    public const double MinimumCoreShare = 0.8;

    /// <summary>
    /// " (this machine is busy: one thread got 0.23 of a core, so these timings are unreliable)" when
    /// <paramref name="oneThread"/>, a measurement of one thread busy throughout, got less than
    /// <see cref="MinimumCoreShare"/> of a core; "" otherwise.
    /// </summary>
    public static string Caveat(CpuClock oneThread)
    {
        double share = oneThread.Cpu.TotalSeconds / oneThread.Wall.TotalSeconds;
        return share < MinimumCoreShare
            ? FormattableString.Invariant($" (this machine is busy: one thread got {share:F2} of a core, so these timings are unreliable)")
            : "";
    }
}
