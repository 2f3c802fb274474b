using System;
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
        });
        try
        {
            interpreter.Run(module);
            return ExitStatus.Success;
        }
        catch (PyException exception)
        {
            return ScriptTermination.Report(exception, stderr);
        }
        finally
        {
            stdout.Flush();
            stderr.Flush();
        }
    }
}
