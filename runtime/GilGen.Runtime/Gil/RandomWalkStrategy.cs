using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// A random walk over schedules: the running thread is preempted about once every <see cref="SwitchEvery"/>
/// decision points, and then any runnable thread (itself included) is picked uniformly. The gaps between
/// preemptions are drawn from a geometric distribution of that mean (the same law as a coin of probability
/// <c>1/SwitchEvery</c> at every point), so the walk is asked only at the end of each gap. Switching at every
/// point would spend the run in hand-overs; a rare switch still lands between any two instructions.
/// </summary>
public sealed class RandomWalkStrategy : IScheduleStrategy
{
    private readonly Random _random;
    private long _nextSwitch;

    /// <summary>A walk from <paramref name="seed"/> that preempts once every <paramref name="switchEvery"/> points on average.</summary>
    public RandomWalkStrategy(int seed, int switchEvery)
    {
        if (switchEvery < 1) throw new ArgumentOutOfRangeException(nameof(switchEvery), switchEvery, "must be at least 1");
        Seed = seed;
        SwitchEvery = switchEvery;
        _random = new Random(seed);
        _nextSwitch = Gap();
    }

    /// <summary>The seed of the walk.</summary>
    public int Seed { get; }

    /// <summary>The mean number of decision points between preemptions.</summary>
    public int SwitchEvery { get; }

    /// <inheritdoc/>
    public string Token => ScheduleToken.RandomWalk(Seed, SwitchEvery);

    /// <inheritdoc/>
    public void ThreadArrived(int threadIndex) { }

    /// <inheritdoc/>
    /// <remarks>False: it preempts only at the end of a gap.</remarks>
    public bool CanPreemptFor(int current, int other) => false;

    /// <inheritdoc/>
    public int Choose(IReadOnlyList<int> candidates, int current, long step)
    {
        // Asked early (a thread woke or blocked): the running thread goes on until its gap is over.
        if (current >= 0 && step < _nextSwitch) return current;
        int chosen = candidates[_random.Next(candidates.Count)];
        if (current >= 0) _nextSwitch = step + Gap();
        return chosen;
    }

    /// <inheritdoc/>
    public long NextChoice(long step) => Math.Max(step + 1, _nextSwitch);

    // Decision points until the next preemption: geometric with mean SwitchEvery, at least 1.
    private long Gap()
    {
        if (SwitchEvery == 1) return 1;
        double u = 1.0 - _random.NextDouble();   // in (0, 1]
        double gap = Math.Floor(Math.Log(u) / Math.Log(1.0 - 1.0 / SwitchEvery));
        return 1 + (long)Math.Min(gap, 1e15);
    }
}
