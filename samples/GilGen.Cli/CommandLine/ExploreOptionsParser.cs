using System;
using System.Collections.Generic;
using System.Globalization;
using GilGen.Runtime;

namespace GilGen.Cli.CommandLine;

/// <summary>What <c>gilgen explore</c> or <c>gilgen replay</c> was asked to do.</summary>
/// <param name="Explore">How to explore (profile, strategy, schedules, seed, bounds, expected output).</param>
/// <param name="Token">For replay: the schedule's token; null for explore.</param>
/// <param name="ScriptPath">The .py file.</param>
public sealed record ExploreCommandOptions(ExploreOptions Explore, string? Token, string ScriptPath);

/// <summary>Parses the arguments of <c>gilgen explore</c> and <c>gilgen replay</c>: options, then (TOKEN and) FILE.</summary>
public static class ExploreOptionsParser
{
    /// <summary>Parses the arguments after <c>explore</c> (<paramref name="replay"/> false) or <c>replay</c>.</summary>
    /// <exception cref="UsageException">An unknown option, a bad value, or a missing token or file.</exception>
    public static ExploreCommandOptions Parse(IReadOnlyList<string> args, bool replay)
    {
        string command = replay ? "replay" : "explore";
        var profile = RuntimeProfile.Modern;
        var strategy = ExploreStrategy.Pct;
        int schedules = 1000, seed = 1, depth = 3, preemptions = 2;
        long? maxSteps = null;
        string? expect = null;
        bool shrink = true;
        double? timeLimit = null;
        int i = 0;
        for (; i < args.Count && args[i].StartsWith("--", StringComparison.Ordinal); i++)
        {
            string arg = args[i];
            int equals = arg.IndexOf('=');
            string name = equals < 0 ? arg : arg[..equals];
            string Value()
            {
                if (equals >= 0) return arg[(equals + 1)..];
                if (++i >= args.Count) throw new UsageException($"{name} needs a value");
                return args[i];
            }
            switch (name)
            {
                case "--profile":
                    profile = RunOptionsParser.ParseProfile(Value());
                    break;
                case "--expect":
                    expect = Value();
                    if (!expect.EndsWith('\n')) expect += "\n";
                    break;
                case "--max-steps":
                    maxSteps = Positive(name, Value());
                    break;
                case "--strategy" when !replay:
                    strategy = Value() switch
                    {
                        "pct" => ExploreStrategy.Pct,
                        "random" => ExploreStrategy.Random,
                        "dfs" => ExploreStrategy.Dfs,
                        string other => throw new UsageException($"--strategy: unknown strategy '{other}' (choose from pct, random, dfs)"),
                    };
                    break;
                case "--schedules" when !replay:
                    schedules = (int)Math.Min(int.MaxValue, Positive(name, Value()));
                    break;
                case "--seed" when !replay:
                    seed = (int)Math.Min(int.MaxValue, NonNegative(name, Value()));
                    break;
                case "--preemptions" when !replay:
                    preemptions = (int)Math.Min(1000, NonNegative(name, Value()));
                    break;
                case "--time-limit" when !replay:
                    string limit = Value();
                    if (!double.TryParse(limit, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) || !(seconds > 0) || double.IsInfinity(seconds))
                        throw new UsageException($"--time-limit: '{limit}' is not a positive number of seconds");
                    timeLimit = seconds;
                    break;
                case "--no-shrink" when !replay:
                    if (equals >= 0) throw new UsageException("--no-shrink takes no value");
                    shrink = false;
                    break;
                case "--depth" when !replay:
                    depth = (int)Math.Min(1000, Positive(name, Value()));
                    break;
                default:
                    throw new UsageException($"{command}: unknown option {name}");
            }
        }
        string? token = null;
        if (replay)
        {
            if (i >= args.Count) throw new UsageException("replay: the schedule token is missing");
            token = args[i++];
            if (!ScheduleToken.TryParse(token, out _)) throw new UsageException($"replay: '{token}' is not a schedule token");
        }
        if (profile == RuntimeProfile.FreeThreaded) throw new UsageException($"{command}: --profile free-threaded: " + NoGil.ScheduledRefusal);
        if (i >= args.Count) throw new UsageException($"{command}: the .py file is missing");
        if (i + 1 < args.Count) throw new UsageException($"{command}: unexpected argument '{args[i + 1]}' after the file");
        var options = new ExploreOptions
        {
            Profile = profile, Strategy = strategy, Schedules = schedules, Seed = seed, Depth = depth, PreemptionBound = preemptions, MaxSteps = maxSteps, Expect = expect, Shrink = shrink,
            TimeLimit = timeLimit is double t ? TimeSpan.FromSeconds(t) : null,
        };
        return new ExploreCommandOptions(options, token, args[i]);
    }

    private static long Positive(string name, string text)
    {
        long n = NonNegative(name, text);
        if (n == 0) throw new UsageException($"{name}: must be at least 1");
        return n;
    }

    private static long NonNegative(string name, string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long n)
            ? n
            : throw new UsageException($"{name}: '{text}' is not a whole number");
}
