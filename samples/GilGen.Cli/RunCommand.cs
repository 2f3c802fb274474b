using System;
using System.Globalization;
using System.IO;
using GilGen.Cli.Caching;
using GilGen.Cli.CommandLine;
using GilGen.Cli.Compilation;
using GilGen.Cli.Execution;
using GilGen.Runtime;

namespace GilGen.Cli;

/// <summary><c>gilgen run</c>: compile (or load from the cache) a .py file and run it as <c>__main__</c>.</summary>
public static class RunCommand
{
    // Events --timeline and --stats keep: 16 MB, the last million GIL events.
    private const int TimelineCapacity = 1 << 20;

    /// <summary>Runs the script and returns python's exit status for it.</summary>
    /// <param name="options">The parsed command line.</param>
    /// <param name="stdout">Where the script's <c>print</c> goes.</param>
    /// <param name="stderr">Where tracebacks and errors go.</param>
    /// <param name="cache">Where compiled scripts are kept.</param>
    public static int Execute(RunOptions options, TextWriter stdout, TextWriter stderr, AssemblyCache cache)
    {
        // The mode is read once per process, when the runtime first counts a reference: set the switch before
        // anything (compiling, loading the script) can run runtime code. The constant does not touch the class.
        if (options.CheckedRefCounts) AppContext.SetSwitch(CheckedRefCounts.SwitchName, true);
        // Likewise the free-threading mode (docs/architecture/design.md §4): without a GIL the objects lock themselves.
        if (options.Profile == RuntimeProfile.FreeThreaded)
        {
            AppContext.SetSwitch(FreeThreading.SwitchName, true);
            if (!FreeThreading.Enabled)
            {
                stderr.Write("gilgen: run: " + NoGil.ModeOffRefusal + "\n");
                return ExitStatus.Usage;
            }
        }

        // Extension modules first: the script's imports of them are checked when it compiles.
        if (options.Exports is { Count: > 0 } exports && !ExportAssemblies.Load(exports, stderr))
            return ExitStatus.CannotOpenFile;

        ModuleDefinition? module = ScriptModuleLoader.Load(options.ScriptPath, stderr, cache, out int status);
        if (module is null)
            return status;

        var interpreter = new GilInterpreter(new GilOptions
        {
            Profile = options.Profile,
            SwitchInterval = options.SwitchInterval ?? Gil.DefaultSwitchIntervalSeconds,
            Stdout = stdout,
            Stderr = stderr,
            Argv = options.Argv,
            CheckedRefCounts = options.CheckedRefCounts || CheckedRefCounts.Enabled,
            TimelineCapacity = options.TimelinePath != null || options.Stats ? TimelineCapacity : 0,
            IoPriority = options.IoPriority,
        });
        try
        {
            return ScriptTermination.RunAsMain(interpreter, module, stderr);
        }
        finally
        {
            stdout.Flush();
            if (interpreter.Timeline is GilTimeline timeline) ReportTimeline(options, interpreter, timeline, stderr);
            stderr.Flush();
        }
    }

    // --timeline: the SVG, titled with the script, the profile and its switch (or check) interval; --stats: the table.
    private static void ReportTimeline(RunOptions options, GilInterpreter interpreter, GilTimeline timeline, TextWriter stderr)
    {
        if (options.TimelinePath is string path)
        {
            string interval = interpreter.Profile switch
            {
                RuntimeProfile.Py27 => $"check interval {interpreter.CheckInterval} ticks",
                RuntimeProfile.FreeThreaded => "no GIL: \"held\" is running, in parallel",
                _ => string.Create(CultureInfo.InvariantCulture, $"switch interval {interpreter.SwitchInterval * 1e3:0.###} ms"),
            };
            string title = $"GIL timeline of {Path.GetFileName(options.ScriptPath)}: profile {ScheduleReport.ProfileName(interpreter.Profile)}, {interval}";
            try
            {
                using var file = new StreamWriter(path);
                GilTimelineSvg.Write(timeline, file, title);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"gilgen: cannot write the timeline to '{path}': {e.Message}");
            }
        }
        if (options.Stats) stderr.Write(GilTimelineStats.Format(timeline, hasGil: interpreter.Scheduler is not NoGil));
    }
}
