using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace GilGen.Runtime;

/// <summary>
/// Replays a schedule written as its deviations from the non-preemptive one (<see cref="ScheduleTrace.Deviations"/>):
/// at each listed decision point the listed thread runs, everywhere else the running thread goes on (or the
/// runnable one that stopped or arrived last). Any strategy's run can be written this way, and a shrunk schedule is one with fewer
/// deviations. Token: <c>ds-STEP.THREAD_STEP.THREAD...</c>, steps in base 36.
/// </summary>
public sealed class ScriptedStrategy : IScheduleStrategy
{
    private readonly ScheduleDeviation[] _deviations;
    private int _next;

    /// <summary>A strategy that makes <paramref name="deviations"/> (in step order).</summary>
    public ScriptedStrategy(IEnumerable<ScheduleDeviation> deviations)
    {
        ArgumentNullException.ThrowIfNull(deviations);
        _deviations = new List<ScheduleDeviation>(deviations).ToArray();
        Array.Sort(_deviations, (a, b) => a.Step.CompareTo(b.Step));
    }

    /// <summary>The deviations it makes.</summary>
    public IReadOnlyList<ScheduleDeviation> Deviations => _deviations;

    /// <inheritdoc/>
    public string Token
    {
        get
        {
            var text = new StringBuilder("ds-");
            for (int i = 0; i < _deviations.Length; i++)
            {
                if (i > 0) text.Append('_');
                text.Append(ToBase36(_deviations[i].Step)).Append('.').Append(_deviations[i].Thread.ToString(CultureInfo.InvariantCulture));
            }
            return text.ToString();
        }
    }

    /// <inheritdoc/>
    public void ThreadArrived(int threadIndex) { }

    /// <inheritdoc/>
    /// <remarks>False: it preempts only at its listed steps.</remarks>
    public bool CanPreemptFor(int current, int other) => false;

    /// <inheritdoc/>
    public int Choose(IReadOnlyList<int> candidates, int current, long step)
    {
        // A deviation whose point passed without a choice (the program took another path) is dropped.
        while (_next < _deviations.Length && _deviations[_next].Step < step) _next++;
        if (_next < _deviations.Length && _deviations[_next].Step == step)
        {
            int thread = _deviations[_next++].Thread;
            for (int i = 0; i < candidates.Count; i++)
            {
                if (candidates[i] == thread) return thread;
            }
        }
        return current >= 0 ? current : candidates[0];
    }

    /// <inheritdoc/>
    /// <remarks>The next listed deviation: everywhere else the running thread goes on.</remarks>
    public long NextChoice(long step)
    {
        while (_next < _deviations.Length && _deviations[_next].Step <= step) _next++;
        return _next < _deviations.Length ? _deviations[_next].Step : long.MaxValue;
    }

    /// <summary>Parses the part of a <c>ds-</c> token after the prefix; null when it is not one.</summary>
    internal static ScriptedStrategy? Parse(string body)
    {
        var deviations = new List<ScheduleDeviation>();
        if (body.Length == 0) return new ScriptedStrategy(deviations);
        foreach (string item in body.Split('_'))
        {
            int dot = item.IndexOf('.', StringComparison.Ordinal);
            if (dot <= 0) return null;
            long? step = FromBase36(item[..dot]);
            if (step is null || !int.TryParse(item[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int thread)) return null;
            deviations.Add(new ScheduleDeviation(step.Value, thread));
        }
        return new ScriptedStrategy(deviations);
    }

    private static string ToBase36(long n)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        if (n == 0) return "0";
        var text = new StringBuilder();
        for (; n > 0; n /= 36) text.Insert(0, digits[(int)(n % 36)]);
        return text.ToString();
    }

    private static long? FromBase36(string s)
    {
        long n = 0;
        foreach (char c in s)
        {
            int d = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'z' ? c - 'a' + 10 : -1;
            if (d < 0 || n > (long.MaxValue - d) / 36) return null;
            n = n * 36 + d;
        }
        return s.Length == 0 ? null : n;
    }
}
