using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// Probabilistic concurrency testing (Burckhardt, Kothari, Musuvathi, Nagarakatte, ASPLOS 2010): every
/// thread gets a random priority, the highest-priority runnable thread always runs, and at
/// <c>Depth - 1</c> change points, drawn uniformly among the first <see cref="Steps"/> decision points,
/// the running thread drops below every other. A bug of depth d is found with probability at least
/// 1/(n·k^(d-1)) per run for n threads and k steps.
/// </summary>
public sealed class PctStrategy : IScheduleStrategy
{
    private readonly Random _random;
    private readonly List<int> _priorities = new();
    private readonly long[] _changePoints;
    private int _nextChange;

    /// <summary>PCT from <paramref name="seed"/> with bug depth <paramref name="depth"/> over about <paramref name="steps"/> decision points.</summary>
    public PctStrategy(int seed, int depth, long steps)
    {
        if (depth < 1) throw new ArgumentOutOfRangeException(nameof(depth), depth, "must be at least 1");
        if (steps < 1) throw new ArgumentOutOfRangeException(nameof(steps), steps, "must be at least 1");
        Seed = seed;
        Depth = depth;
        Steps = steps;
        _random = new Random(seed);
        _changePoints = new long[depth - 1];
        for (int i = 0; i < _changePoints.Length; i++) _changePoints[i] = 1 + _random.NextInt64(steps);
        Array.Sort(_changePoints);
    }

    /// <summary>The seed.</summary>
    public int Seed { get; }

    /// <summary>The bug depth d: d - 1 priority change points.</summary>
    public int Depth { get; }

    /// <summary>The number of decision points the change points are drawn from (a run's expected length).</summary>
    public long Steps { get; }

    /// <inheritdoc/>
    public string Token => ScheduleToken.Pct(Seed, Depth, Steps);

    /// <inheritdoc/>
    public void ThreadArrived(int threadIndex)
    {
        while (_priorities.Count <= threadIndex) _priorities.Add(0);
        // Initial priorities lie above every change-point priority (1 .. Depth-1), distinct with high probability.
        _priorities[threadIndex] = Depth + 1 + _random.Next(1 << 20);
    }

    /// <inheritdoc/>
    public int Choose(IReadOnlyList<int> candidates, int current, long step)
    {
        while (_nextChange < _changePoints.Length && _changePoints[_nextChange] <= step)
        {
            // The running thread (or, between threads, the top one) sinks below all initial priorities.
            int victim = current >= 0 ? current : Highest(candidates);
            _priorities[victim] = _changePoints.Length - _nextChange;
            _nextChange++;
        }
        return Highest(candidates);
    }

    /// <inheritdoc/>
    /// <remarks>The next change point: between two, the highest-priority thread keeps running.</remarks>
    public long NextChoice(long step) => _nextChange < _changePoints.Length ? Math.Max(step + 1, _changePoints[_nextChange]) : long.MaxValue;

    /// <inheritdoc/>
    /// <remarks>Only a thread of higher priority than the running one.</remarks>
    public bool CanPreemptFor(int current, int other) => Priority(other) > Priority(current);

    private int Highest(IReadOnlyList<int> candidates)
    {
        // A for loop, not foreach: over IReadOnlyList a foreach boxes its enumerator at every decision point.
        int best = candidates[0];
        for (int i = 1; i < candidates.Count; i++)
        {
            if (Priority(candidates[i]) > Priority(best)) best = candidates[i];
        }
        return best;
    }

    private int Priority(int thread) => thread < _priorities.Count ? _priorities[thread] : 0;
}
