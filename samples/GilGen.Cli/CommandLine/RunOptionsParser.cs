using System;
using System.Collections.Generic;
using System.Globalization;

namespace GilGen.Cli.CommandLine;

/// <summary>
/// Parses the arguments of <c>gilgen run</c> the way python parses its own: options first, then the
/// file, and everything after the file belongs to the script, even when it looks like an option.
/// </summary>
public static class RunOptionsParser
{
    /// <summary>The profile names accepted by <c>--profile</c>.</summary>
    public static readonly IReadOnlyList<string> ProfileNames = new[] { "modern", "py39", "py27", "free-threaded" };

    /// <summary>Parses the arguments that follow <c>run</c>.</summary>
    /// <exception cref="UsageException">An unknown option, a missing or bad value, or no file.</exception>
    public static RunOptions Parse(IReadOnlyList<string> args)
    {
        var profile = RuntimeProfile.Modern;
        double? switchInterval = null;
        bool checkedRefCounts = false;
        string? timeline = null;
        bool stats = false;
        var exports = new List<string>();
        int i = 0;
        while (i < args.Count)
        {
            string arg = args[i];
            if (arg == "--")
            {
                i++;
                break;
            }
            if (!arg.StartsWith("-", StringComparison.Ordinal) || arg == "-")
                break;

            (string name, string? inlineValue) = SplitInlineValue(arg);
            switch (name)
            {
                case "--profile":
                    profile = ParseProfile(TakeValue(args, ref i, name, inlineValue));
                    break;
                case "--switch-interval":
                    switchInterval = ParseSwitchInterval(TakeValue(args, ref i, name, inlineValue));
                    break;
                case "--checked-refcounts":
                    if (inlineValue is not null) throw new UsageException("--checked-refcounts takes no value");
                    checkedRefCounts = true;
                    break;
                case "--timeline":
                    timeline = TakeValue(args, ref i, name, inlineValue);
                    break;
                case "--stats":
                    if (inlineValue is not null) throw new UsageException("--stats takes no value");
                    stats = true;
                    break;
                case "--exports":
                    exports.Add(TakeValue(args, ref i, name, inlineValue));
                    break;
                default:
                    throw new UsageException($"unknown option {name}");
            }
            i++;
        }

        if (i >= args.Count)
            throw new UsageException("run: the .py file to run is missing");

        var scriptArguments = new List<string>();
        for (int j = i + 1; j < args.Count; j++)
            scriptArguments.Add(args[j]);
        return new RunOptions(profile, switchInterval, args[i], scriptArguments, checkedRefCounts, timeline, stats, exports);
    }

    /// <summary>Maps a <c>--profile</c> value to a <see cref="RuntimeProfile"/>.</summary>
    /// <exception cref="UsageException">The name is not one of <see cref="ProfileNames"/>.</exception>
    public static RuntimeProfile ParseProfile(string name) => name switch
    {
        "modern" => RuntimeProfile.Modern,
        "py39" => RuntimeProfile.Py39,
        "py27" => RuntimeProfile.Py27,
        "free-threaded" => RuntimeProfile.FreeThreaded,
        _ => throw new UsageException($"--profile: unknown profile '{name}' (choose from {string.Join(", ", ProfileNames)})"),
    };

    private static double ParseSwitchInterval(string text)
    {
        // The same rule as sys.setswitchinterval: a positive, finite number of seconds.
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds)
            || double.IsNaN(seconds) || double.IsInfinity(seconds))
            throw new UsageException($"--switch-interval: '{text}' is not a number of seconds");
        if (seconds <= 0)
            throw new UsageException("--switch-interval: switch interval must be strictly positive");
        return seconds;
    }

    private static (string Name, string? Value) SplitInlineValue(string arg)
    {
        int equals = arg.IndexOf('=');
        return equals < 0 ? (arg, null) : (arg.Substring(0, equals), arg.Substring(equals + 1));
    }

    private static string TakeValue(IReadOnlyList<string> args, ref int i, string name, string? inlineValue)
    {
        if (inlineValue is not null)
            return inlineValue;
        if (i + 1 >= args.Count)
            throw new UsageException($"{name} needs a value");
        i++;
        return args[i];
    }
}
