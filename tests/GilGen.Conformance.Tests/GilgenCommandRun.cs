using System;
using System.Collections.Generic;
using System.IO;
using GilGen.Cli;
using GilGen.Cli.Caching;

namespace GilGen.Conformance.Tests;

/// <summary>
/// The corpus through <c>gilgen run NAME.py</c>, in-process: each script compiled at run time (or
/// loaded from the assembly cache) and run as <c>__main__</c> in an interpreter of its own.
/// </summary>
public static class GilgenCommandRun
{
    private static readonly Lazy<IReadOnlyDictionary<string, ProgramOutcome>> s_outcomes = new(RunAll);

    /// <summary>
    /// The assembly cache, beside the test assembly so that a second local run reuses it (its keys
    /// include the source and gilgen's own build, so a stale entry is never used).
    /// </summary>
    public static string CacheDirectory => Path.Combine(AppContext.BaseDirectory, "gilgen-cache");

    /// <summary>The outcome of the program with id "AREA/NAME".</summary>
    public static ProgramOutcome Outcome(string id) => s_outcomes.Value[id];

    private static IReadOnlyDictionary<string, ProgramOutcome> RunAll()
    {
        var cache = new AssemblyCache(CacheDirectory);
        return ParallelCorpusRun.Run(ConformanceCorpus.Programs, program =>
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int exitCode = GilGenCommand.Run(new[] { "run", program.ScriptPath }, stdout, stderr, cache);
            return new ProgramOutcome(stdout.ToString(), stderr.ToString(), exitCode);
        });
    }
}
