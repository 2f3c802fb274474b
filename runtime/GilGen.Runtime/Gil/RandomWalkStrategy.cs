using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// A random walk over schedules: at each decision point the running thread is preempted with probability
/// <c>1/SwitchEvery</c>, and then any runnable thread (itself included) is picked uniformly. Switching at
/// every point would spend the run in hand-overs; a rare switch still lands between any two instructions.
/// </summary>
public sealed class RandomWalkStrategy : IScheduleStrategy
{
    private readonly Random _random;

    /// <summary>A walk from <paramref name="seed"/> that preempts once every <paramref name="switchEvery"/> points on average.</summary>
    public RandomWalkStrategy(int seed, int switchEvery)
    {
        if (switchEvery < 1) throw new ArgumentOutOfRangeException(nameof(switchEvery), switchEvery, "must be at least 1");
        Seed = seed;
        SwitchEvery = switchEvery;
        _random = new Random(seed);
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
    public int Choose(IReadOnlyList<int> candidates, int current, long step)
    {
        if (current >= 0 && SwitchEvery > 1 && _random.Next(SwitchEvery) != 0) return current;
        return candidates[_random.Next(candidates.Count)];
    }
}
