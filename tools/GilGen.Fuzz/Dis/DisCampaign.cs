using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using GilGen.Fuzz.Generation;
using GilGen.Fuzz.Model;
using GilGen.Fuzz.Running;
using GilGen.Fuzz.Shrinking;

namespace GilGen.Fuzz.Dis;

/// <summary>
/// <c>fuzz.sh dis</c>: the generator's functions disassembled by python3.9 (a batch per process) and
/// by GilGen's compiler, compared byte for byte as the dis goldens are.
/// </summary>
internal sealed class DisCampaign
{
    private readonly PythonInterpreter _python39;
    private readonly TextWriter _log;

    public DisCampaign(PythonInterpreter python39, TextWriter log)
    {
        _python39 = python39;
        _log = log;
    }

    public static PythonInterpreter FindPython() => PythonInterpreter.Find("3.9.18", "GILGEN_FUZZ_PYTHON39");

    public sealed record Mismatch(ulong Seed, string Expected, string Actual)
    {
        public string Describe() => GilGenDis.FirstDifference(Expected, Actual);
    }

    /// <summary>python3.9's dis of each source (null entries when python failed).</summary>
    public IReadOnlyList<string?> Expected(IReadOnlyList<string> sources) =>
        (IReadOnlyList<string?>?)_python39.Run<string>("dis_functions.py", sources, TimeSpan.FromSeconds(60 + sources.Count))
        ?? sources.Select(_ => (string?)null).ToArray();

    public IReadOnlyList<Mismatch> Run(SeedRange seeds, int batchSize, int jobs)
    {
        var clock = Stopwatch.StartNew();
        var mismatches = new ConcurrentBag<Mismatch>();
        int invalid = 0;
        Parallel.ForEach(seeds.Seeds().Chunk(batchSize), new ParallelOptions { MaxDegreeOfParallelism = jobs }, batch =>
        {
            string[] sources = batch.Select(s => ProgramGenerator.Function(s).Render()).ToArray();
            IReadOnlyList<string?> expected = Expected(sources);
            for (int i = 0; i < batch.Length; i++)
            {
                if (expected[i] is not { } want || want.StartsWith("SyntaxError", StringComparison.Ordinal))
                {
                    System.Threading.Interlocked.Increment(ref invalid);
                    continue;
                }
                string got = GilGenDis.Of(sources[i]);
                if (got != want)
                {
                    var m = new Mismatch(batch[i], want, got);
                    mismatches.Add(m);
                    lock (_log)
                        _log.WriteLine($"DIS MISMATCH seed {m.Seed}: {m.Describe()}");
                }
            }
        });
        lock (_log)
            _log.WriteLine($"dis {seeds} ({seeds.Count} functions): {mismatches.Count} mismatches, {invalid} invalid under python3.9, {clock.Elapsed.TotalSeconds:F0} s");
        return mismatches.OrderBy(m => m.Seed).ToArray();
    }

    /// <summary>Shrinks a function whose dis differs to a small one whose dis still differs.</summary>
    public FuzzProgram Shrink(ulong seed, TimeSpan budget) =>
        Shrinker.Shrink(ProgramGenerator.Function(seed), candidates =>
        {
            string[] sources = candidates.Select(c => c.Render()).ToArray();
            IReadOnlyList<string?> expected = Expected(sources);
            return sources.Select((s, i) => expected[i] is { } want && !want.StartsWith("SyntaxError", StringComparison.Ordinal) && GilGenDis.Of(s) != want).ToArray();
        }, budget, batchSize: 64);
}
