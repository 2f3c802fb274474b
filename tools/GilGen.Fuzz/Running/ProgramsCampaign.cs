using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using GilGen.Fuzz.Generation;
using GilGen.Fuzz.Model;
using GilGen.Fuzz.Shrinking;

namespace GilGen.Fuzz.Running;

/// <summary>
/// <c>fuzz.sh programs</c>: generates the programs of a seed range, runs each batch under CPython
/// and GilGen (batches in parallel), reports the mismatches, shrinks each and writes it out as a
/// regression test (<see cref="FindingWriter"/>).
/// </summary>
internal sealed class ProgramsCampaign
{
    private readonly CPythonRunner _cpython;
    private readonly GilGenRunner _gilgen;
    private readonly TextWriter _log;

    public ProgramsCampaign(CPythonRunner cpython, GilGenRunner gilgen, TextWriter log)
    {
        _cpython = cpython;
        _gilgen = gilgen;
        _log = log;
    }

    /// <summary>One program that GilGen ran differently.</summary>
    public sealed record Mismatch(ulong Seed, Verdict Verdict, RunOutcome CPython, RunOutcome GilGen)
    {
        public string Describe() => Verdict switch
        {
            Verdict.Stdout => Comparison.FirstDifference(CPython.Stdout, GilGen.Stdout),
            Verdict.Exception => $"CPython raised {CPython.Escaped ?? "nothing"}, GilGen {GilGen.Escaped ?? "nothing"}",
            _ => GilGen.Failure ?? "",
        };
    }

    /// <summary>Runs both sides on each program and returns each one's verdict.</summary>
    public IReadOnlyList<(Verdict Verdict, RunOutcome CPython, RunOutcome GilGen)> Compare(IReadOnlyList<string> sources)
    {
        IReadOnlyList<RunOutcome>? cpython = null;
        Task python = Task.Run(() => cpython = _cpython.Run(sources));
        IReadOnlyList<RunOutcome> gilgen = _gilgen.Run(sources);
        python.Wait();
        return sources.Select((_, i) => (Comparison.Of(cpython![i], gilgen[i]), cpython[i], gilgen[i])).ToArray();
    }

    public IReadOnlyList<Mismatch> Run(SeedRange seeds, int batchSize, int jobs)
    {
        var clock = Stopwatch.StartNew();
        var mismatches = new ConcurrentBag<Mismatch>();
        var invalid = new ConcurrentBag<ulong>();
        var batches = seeds.Seeds().Chunk(batchSize).ToList();
        int done = 0;
        Parallel.ForEach(batches, new ParallelOptions { MaxDegreeOfParallelism = jobs }, batch =>
        {
            string[] sources = batch.Select(s => ProgramGenerator.Program(s).Render()).ToArray();
            var results = Compare(sources);
            for (int i = 0; i < batch.Length; i++)
            {
                var (verdict, cpython, gilgen) = results[i];
                if (verdict == Verdict.Invalid)
                    invalid.Add(batch[i]);
                else if (verdict != Verdict.Same)
                {
                    var m = new Mismatch(batch[i], verdict, cpython, gilgen);
                    mismatches.Add(m);
                    lock (_log)
                        _log.WriteLine($"MISMATCH seed {m.Seed} {m.Verdict}: {m.Describe()}");
                }
            }
            int n = System.Threading.Interlocked.Add(ref done, batch.Length);
            if ((n / batchSize) % 25 == 0)
                lock (_log)
                    _log.WriteLine($"... {n}/{seeds.Count} programs, {mismatches.Count} mismatches, {clock.Elapsed.TotalSeconds:F0} s");
        });
        lock (_log)
        {
            _log.WriteLine($"programs {seeds} ({seeds.Count}): {mismatches.Count} mismatches, {invalid.Count} invalid under CPython, {clock.Elapsed.TotalSeconds:F0} s");
            foreach (var group in mismatches.GroupBy(m => m.Verdict))
                _log.WriteLine($"  {group.Key}: {group.Count()} (seeds {string.Join(", ", group.Select(m => m.Seed).OrderBy(s => s).Take(20))})");
            if (!invalid.IsEmpty)
                _log.WriteLine($"  invalid (a generator bug): seeds {string.Join(", ", invalid.OrderBy(s => s).Take(20))}");
        }
        return mismatches.OrderBy(m => m.Seed).ToArray();
    }

    /// <summary>Shrinks a mismatching program to a small one that fails the same way.</summary>
    public FuzzProgram Shrink(ulong seed, Verdict verdict, TimeSpan budget)
    {
        FuzzProgram program = ProgramGenerator.Program(seed);
        // The same kind of mismatch on the same CPython behaviour: a step that made CPython raise
        // (a NameError after dropping a definition) is another program, not a smaller one.
        string? escaped = Compare(new[] { program.Render() })[0].CPython.Escaped;
        return Shrinker.Shrink(program, candidates =>
        {
            var results = Compare(candidates.Select(c => c.Render()).ToArray());
            return results.Select(r => r.Verdict == verdict && r.CPython.Escaped == escaped).ToArray();
        }, budget);
    }
}
