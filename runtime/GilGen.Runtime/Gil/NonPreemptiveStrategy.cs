using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// Never preempts: the running thread goes on until it blocks or ends, then the runnable thread that
/// stopped (or arrived) last runs (the first candidate). The explorer's reference run: its output is what the program prints with no races.
/// </summary>
public sealed class NonPreemptiveStrategy : IScheduleStrategy
{
    /// <inheritdoc/>
    public string Token => "np";

    /// <inheritdoc/>
    public void ThreadArrived(int threadIndex) { }

    /// <inheritdoc/>
    /// <remarks>False: it never preempts.</remarks>
    public bool CanPreemptFor(int current, int other) => false;

    /// <inheritdoc/>
    public int Choose(IReadOnlyList<int> candidates, int current, long step) => current >= 0 ? current : candidates[0];

    /// <inheritdoc/>
    /// <remarks>Never: the running thread goes on until it blocks or ends.</remarks>
    public long NextChoice(long step) => long.MaxValue;
}
