using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// One run of a systematic depth-first search over schedules (CHESS, Musuvathi and Qadeer, PLDI 2007):
/// the choices of <see cref="Prefix"/> first, then the non-preemptive choice at every later point. It
/// records every choice point so that <see cref="NextPrefix"/> can backtrack to the deepest point with an
/// untried alternative whose preemptions stay within the bound.
/// </summary>
public sealed class DfsStrategy : IScheduleStrategy
{
    /// <summary>More choice points than this in one run: the program is too long for a systematic search.</summary>
    public const int MaxChoicePoints = 2_000_000;

    private readonly int[] _prefix;
    private readonly List<(int[] Candidates, int Current, int Chosen)> _points = new();

    /// <summary>A run that makes the choices <paramref name="prefix"/> (thread indices, one per choice point) first.</summary>
    public DfsStrategy(IReadOnlyList<int> prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        _prefix = new List<int>(prefix).ToArray();
    }

    /// <summary>The forced choices.</summary>
    public IReadOnlyList<int> Prefix => _prefix;

    /// <summary>True when the run had more than <see cref="MaxChoicePoints"/> choice points (the rest were not recorded).</summary>
    public bool Overflowed { get; private set; }

    /// <inheritdoc/>
    /// <remarks>A DFS run is replayed through the <c>ds-</c> token of its deviations.</remarks>
    public string Token => "dfs";

    /// <inheritdoc/>
    public void ThreadArrived(int threadIndex) { }

    /// <inheritdoc/>
    public int Choose(IReadOnlyList<int> candidates, int current, long step)
    {
        int k = _points.Count;
        int def = current >= 0 ? current : candidates[0];
        int chosen = def;
        if (k < _prefix.Length)
        {
            for (int i = 0; i < candidates.Count; i++)
            {
                if (candidates[i] == _prefix[k]) chosen = _prefix[k];
            }
        }
        if (k < MaxChoicePoints)
        {
            var copy = new int[candidates.Count];
            for (int i = 0; i < copy.Length; i++) copy[i] = candidates[i];
            _points.Add((copy, current, chosen));
        }
        else
        {
            Overflowed = true;
        }
        return chosen;
    }

    /// <summary>
    /// The prefix of the next run of the search: the deepest choice point with an alternative after the
    /// one taken (in the order: non-preemptive choice first, then the others by thread index) that keeps the
    /// preemptions (choices of another thread where the running one could go on) within
    /// <paramref name="preemptionBound"/>; null when the bounded space is exhausted.
    /// </summary>
    public IReadOnlyList<int>? NextPrefix(int preemptionBound)
    {
        var preemptionsBefore = new int[_points.Count + 1];
        for (int i = 0; i < _points.Count; i++)
        {
            var p = _points[i];
            preemptionsBefore[i + 1] = preemptionsBefore[i] + (p.Current >= 0 && p.Chosen != p.Current ? 1 : 0);
        }
        for (int i = _points.Count - 1; i >= 0; i--)
        {
            var (candidates, current, chosen) = _points[i];
            // A point where the running thread could go on costs a preemption for any other choice.
            if (current >= 0 && preemptionsBefore[i] + 1 > preemptionBound) continue;
            List<int> order = Order(candidates, current);
            int at = order.IndexOf(chosen);
            if (at + 1 >= order.Count) continue;
            var prefix = new List<int>(i + 1);
            for (int j = 0; j < i; j++) prefix.Add(_points[j].Chosen);
            prefix.Add(order[at + 1]);
            return prefix;
        }
        return null;
    }

    private static List<int> Order(int[] candidates, int current)
    {
        int def = current >= 0 ? current : candidates[0];
        var order = new List<int>(candidates.Length) { def };
        foreach (int c in candidates)
        {
            if (c != def) order.Add(c);
        }
        return order;
    }
}
