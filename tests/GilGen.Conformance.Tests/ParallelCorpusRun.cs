using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace GilGen.Conformance.Tests;

/// <summary>
/// Runs every program of the corpus once, as many at a time as there are cores, each on a thread of
/// its own with a time limit, and keeps the outcomes for the test cases to assert on.
/// </summary>
/// <remarks>
/// Running the whole corpus up front (rather than one program per test case, in xunit's order) keeps
/// both cores busy and pays each one-time cost, such as Roslyn warming up, once. A program that hangs
/// is reported as a failure after <see cref="TimeLimit"/> and the others go on; its thread is left
/// behind, since a .NET thread cannot be stopped from outside.
/// </remarks>
public static class ParallelCorpusRun
{
    /// <summary>How long one program may run before it counts as hung.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(120);

    /// <summary>Runs <paramref name="run"/> on every program; returns the outcome of each, by id.</summary>
    public static IReadOnlyDictionary<string, ProgramOutcome> Run(
        IEnumerable<ConformanceProgram> programs, Func<ConformanceProgram, ProgramOutcome> run)
    {
        var outcomes = new ConcurrentDictionary<string, ProgramOutcome>();
        using var slots = new SemaphoreSlim(Environment.ProcessorCount);
        var pending = new List<Task>();
        foreach (var program in programs)
        {
            slots.Wait();
            var worker = Task.Factory.StartNew(() => outcomes[program.Id] = Guarded(program, run), TaskCreationOptions.LongRunning);
            pending.Add(Task.Run(async () =>
            {
                try
                {
                    if (await Task.WhenAny(worker, Task.Delay(TimeLimit)) != worker)
                        outcomes.TryAdd(program.Id, ProgramOutcome.Failed($"did not finish within {TimeLimit.TotalSeconds} s"));
                }
                finally
                {
                    slots.Release();
                }
            }));
        }
        Task.WaitAll(pending.ToArray());
        return outcomes;
    }

    private static ProgramOutcome Guarded(ConformanceProgram program, Func<ConformanceProgram, ProgramOutcome> run)
    {
        try
        {
            return run(program);
        }
        catch (Exception exception)
        {
            // A .NET exception escaping a run is a GilGen bug; report it as the program's failure.
            return ProgramOutcome.Failed($"{program.Id}: {exception}");
        }
    }
}
