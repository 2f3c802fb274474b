using System;
using System.Globalization;

namespace GilGen.Runtime;

/// <summary>
/// The short, copyable text that names a schedule: a deterministic run is a pure function of (program,
/// profile, strategy), so the strategy with its seed and parameters is the whole schedule.
/// <c>np</c> (non-preemptive), <c>rw-SEED-EVERY</c> (random walk), <c>pct-SEED-DEPTH-STEPS</c>, and
/// <c>ds-STEP.THREAD_...</c> (the choices themselves, <see cref="ScriptedStrategy"/>: what a shrunk schedule is).
/// </summary>
public static class ScheduleToken
{
    /// <summary>The token of a random walk.</summary>
    public static string RandomWalk(int seed, int switchEvery) =>
        string.Create(CultureInfo.InvariantCulture, $"rw-{seed}-{switchEvery}");

    /// <summary>The token of a PCT run.</summary>
    public static string Pct(int seed, int depth, long steps) =>
        string.Create(CultureInfo.InvariantCulture, $"pct-{seed}-{depth}-{steps}");

    /// <summary>Makes the strategy <paramref name="token"/> names; false (and null) when it is not a token.</summary>
    public static bool TryParse(string token, out IScheduleStrategy? strategy)
    {
        strategy = null;
        if (token != null && token.StartsWith("ds-", StringComparison.Ordinal))
        {
            strategy = ScriptedStrategy.Parse(token[3..]);
            return strategy != null;
        }
        string[] parts = (token ?? "").Trim().Split('-');
        try
        {
            switch (parts[0])
            {
                case "np" when parts.Length == 1:
                    strategy = new NonPreemptiveStrategy();
                    return true;
                case "rw" when parts.Length == 3:
                    strategy = new RandomWalkStrategy(Int(parts[1]), Int(parts[2]));
                    return true;
                case "pct" when parts.Length == 4:
                    strategy = new PctStrategy(Int(parts[1]), Int(parts[2]), long.Parse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture));
                    return true;
                default:
                    return false;
            }
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
}
