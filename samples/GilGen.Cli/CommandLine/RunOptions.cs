using System.Collections.Generic;

namespace GilGen.Cli.CommandLine;

/// <summary>What <c>gilgen run</c> was asked to do.</summary>
/// <param name="Profile">Whose switching behaviour to reproduce.</param>
/// <param name="SwitchInterval">Seconds, as <c>sys.setswitchinterval</c> takes them; null keeps the runtime's default (0.005).</param>
/// <param name="ScriptPath">The .py file as written on the command line; it becomes <c>sys.argv[0]</c>.</param>
/// <param name="ScriptArguments">Everything after the file: <c>sys.argv[1:]</c>.</param>
/// <param name="CheckedRefCounts"><c>--checked-refcounts</c>: run with checked reference counts (<see cref="GilOptions.CheckedRefCounts"/>).</param>
/// <param name="TimelinePath"><c>--timeline FILE.svg</c>: record the GIL's events and draw them there; null: no picture.</param>
/// <param name="Stats"><c>--stats</c>: print per-thread GIL figures to stderr at the end.</param>
/// <param name="Exports"><c>--exports ASSEMBLY.dll</c> (repeatable): assemblies whose extension modules the script may import (docs/exports.md).</param>
public sealed record RunOptions(
    RuntimeProfile Profile,
    double? SwitchInterval,
    string ScriptPath,
    IReadOnlyList<string> ScriptArguments,
    bool CheckedRefCounts = false,
    string? TimelinePath = null,
    bool Stats = false,
    IReadOnlyList<string>? Exports = null)
{
    /// <summary><c>sys.argv</c> for the script: the file as written, then its arguments.</summary>
    public IReadOnlyList<string> Argv
    {
        get
        {
            var argv = new List<string>(ScriptArguments.Count + 1) { ScriptPath };
            argv.AddRange(ScriptArguments);
            return argv;
        }
    }
}
