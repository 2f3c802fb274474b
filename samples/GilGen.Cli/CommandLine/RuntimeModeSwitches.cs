using System;
using System.Collections.Generic;

namespace GilGen.Cli.CommandLine;

/// <summary>
/// The process-wide runtime modes a command line asks for: free threading (<c>--profile free-threaded</c>) and
/// checked reference counts (<c>--checked-refcounts</c>). Each is read once, when the GilGen runtime starts, and
/// the runtime starts as soon as its assembly is loaded (its module initializers fill the module table), which is
/// before any command's code runs; so the process entry point sets the switches first, from the raw arguments.
/// </summary>
/// <remarks>
/// Only strings are compared here and the switch names are constants, so nothing in this class loads the
/// runtime. A match among the script's own arguments turns a mode on needlessly, which is harmless: the GIL
/// profiles run correctly in either mode (docs/architecture/design.md §4).
/// </remarks>
public static class RuntimeModeSwitches
{
    /// <summary>Sets the AppContext switches of the modes <paramref name="args"/> ask for.</summary>
    public static void Apply(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            bool freeThreaded = arg == "--profile=free-threaded" || (arg == "--profile" && i + 1 < args.Count && args[i + 1] == "free-threaded");
            if (freeThreaded) AppContext.SetSwitch(GilGen.Runtime.FreeThreading.SwitchName, true);
            if (arg == "--checked-refcounts") AppContext.SetSwitch(GilGen.Runtime.CheckedRefCounts.SwitchName, true);
        }
    }
}
