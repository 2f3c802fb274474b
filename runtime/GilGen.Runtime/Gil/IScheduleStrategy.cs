using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// Picks the thread that runs next at a decision point of the <see cref="DeterministicScheduler"/>. It is
/// asked only when more than one thread could run; a strategy must be a pure function of its own seed and
/// of the choices it was shown, so that a run is a pure function of (program, profile, strategy).
/// </summary>
public interface IScheduleStrategy
{
    /// <summary>The replay token that makes this strategy again (see <see cref="ScheduleToken"/>).</summary>
    string Token { get; }

    /// <summary>A thread got index <paramref name="threadIndex"/> (0 for the first, in arrival order).</summary>
    void ThreadArrived(int threadIndex);

    /// <summary>
    /// Chooses one of <paramref name="candidates"/> (thread indices, at least two; the thread that stopped or
    /// arrived last first, which is the non-preemptive choice when <paramref name="current"/> is -1).
    /// <paramref name="current"/> is the thread that just reached a checkpoint if it may go on, else -1;
    /// <paramref name="step"/> counts the decision points so far.
    /// </summary>
    int Choose(IReadOnlyList<int> candidates, int current, long step);

    /// <summary>
    /// Asked right after <see cref="Choose"/> at <paramref name="step"/>: the first later decision point at which
    /// this strategy wants to choose again even if nothing else happens (<c>long.MaxValue</c>: never). Until
    /// then the chosen thread runs on and its checkpoints only count down; the scheduler still asks earlier
    /// whenever the set of threads that can run changes (a thread blocks, ends, wakes or starts, a timeout
    /// fires). The default, <paramref name="step"/> + 1, asks at every decision point.
    /// </summary>
    long NextChoice(long step) => step + 1;

    /// <summary>
    /// Whether, before <see cref="NextChoice"/>, this strategy could choose <paramref name="other"/> over the
    /// running thread <paramref name="current"/> should <paramref name="other"/> become able to run (a lock it
    /// waits for is released). When no waiting thread could be chosen, a wake-up makes no decision. The default,
    /// true, decides at every wake-up.
    /// </summary>
    bool CanPreemptFor(int current, int other) => true;
}
