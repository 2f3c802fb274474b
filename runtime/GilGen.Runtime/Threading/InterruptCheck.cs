using System.Threading;

namespace GilGen.Runtime;

/// <summary>
/// How often a wait that nothing wakes when its process is terminated (a join, a sleep, a wait on what processes
/// share) looks for the pending exit (<see cref="ThreadState.HasPendingAsyncException"/>): it waits in slices of this
/// length. Lock waits are woken instead (<see cref="ThreadState.EnterInterruptibleWait"/>).
/// </summary>
internal static class InterruptCheck
{
    /// <summary>The longest slice of such a wait, in milliseconds.</summary>
    public const int Milliseconds = 50;

    /// <summary>The next slice of a wait with <paramref name="remainingMilliseconds"/> left (<see cref="Timeout.Infinite"/>: no limit).</summary>
    public static int Slice(int remainingMilliseconds) =>
        remainingMilliseconds == Timeout.Infinite || remainingMilliseconds > Milliseconds ? Milliseconds : remainingMilliseconds;
}
