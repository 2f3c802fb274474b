using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GilGen.Cli;
using GilGen.Cli.Caching;

namespace GilGen.Conformance.Tests;

/// <summary>
/// The corpus through <c>gilgen run NAME.py</c>, in-process: each script compiled at run time (or
/// loaded from the assembly cache) and run as <c>__main__</c> in an interpreter of its own.
/// </summary>
public static class GilgenCommandRun
{
    private static readonly Lazy<IReadOnlyDictionary<string, ProgramOutcome>> s_outcomes =
        new(() => RunAll(ConformanceCorpus.Programs));

    private static readonly Lazy<IReadOnlyDictionary<string, ProgramOutcome>> s_py39Outcomes =
        new(() => RunAll(ConformanceCorpus.ConcurrencyPrograms, "--profile", "py39"));

    /// <summary>
    /// The assembly cache, beside the test assembly so that a second local run reuses it (its keys
    /// include the source and gilgen's own build, so a stale entry is never used).
    /// </summary>
    public static string CacheDirectory => Path.Combine(AppContext.BaseDirectory, "gilgen-cache");

    /// <summary>
    /// How many times each program runs: 1, or the value of <c>GILGEN_CORPUS_REPEAT</c>, which the
    /// flakiness check before a landing sets (a program passes only if every run printed its .out).
    /// </summary>
    public static int Repeat =>
        int.TryParse(Environment.GetEnvironmentVariable("GILGEN_CORPUS_REPEAT"), out int n) && n > 1 ? n : 1;

    /// <summary>The outcome of the program with id "AREA/NAME", under the default profile.</summary>
    public static ProgramOutcome Outcome(string id) => s_outcomes.Value[id];

    /// <summary>The outcome of the concurrency program with id "AREA/NAME" under <c>--profile py39</c>.</summary>
    public static ProgramOutcome Py39Outcome(string id) => s_py39Outcomes.Value[id];

    private static IReadOnlyDictionary<string, ProgramOutcome> RunAll(IReadOnlyList<ConformanceProgram> programs, params string[] options)
    {
        var cache = new AssemblyCache(CacheDirectory);
        int repeat = Repeat;
        // Each repetition is a program of its own to the parallel run, so that repetitions overlap too.
        var runs = programs.SelectMany(p => Enumerable.Range(1, repeat).Select(run => p with { Name = p.Name + RunSuffix(run, repeat) })).ToList();
        var outcomes = ParallelCorpusRun.Run(runs, run =>
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int exitCode = GilGenCommand.Run(["run", .. options, run.ScriptPath], stdout, stderr, cache);
            return new ProgramOutcome(stdout.ToString(), stderr.ToString(), exitCode);
        });
        return programs.ToDictionary(p => p.Id, p => WorstOf(p, outcomes, repeat));
    }

    private static string RunSuffix(int run, int repeat) => repeat == 1 ? "" : "#" + run;

    // The first run that did not print the .out cleanly, named, or the first run when all did.
    private static ProgramOutcome WorstOf(ConformanceProgram program, IReadOnlyDictionary<string, ProgramOutcome> outcomes, int repeat)
    {
        ProgramOutcome first = outcomes[program.Id + RunSuffix(1, repeat)];
        for (int run = 1; run <= repeat; run++)
        {
            ProgramOutcome outcome = outcomes[program.Id + RunSuffix(run, repeat)];
            bool clean = outcome.ExitCode == 0 && outcome.Stderr.Length == 0 && outcome.Stdout.Replace("\r\n", "\n") == program.ExpectedOutput;
            if (!clean) return repeat == 1 ? outcome : outcome with { Stderr = $"(run {run} of {repeat})\n" + outcome.Stderr };
        }
        return first;
    }
}
