using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using GilGen.Fuzz.Model;

namespace GilGen.Fuzz.Shrinking;

/// <summary>
/// Greedy delta debugging over the program model: tries the one-step simplifications of the
/// current program a batch at a time (one CPython process and one Roslyn compilation per batch),
/// moves to the first that still fails the same way, and stops when none does or time is up.
/// </summary>
internal static class Shrinker
{
    /// <summary>
    /// The smallest program found that <paramref name="stillFails"/> accepts. The oracle is given
    /// a batch of candidates and says, for each, whether it shows the same kind of mismatch.
    /// </summary>
    public static FuzzProgram Shrink(FuzzProgram program, Func<IReadOnlyList<FuzzProgram>, IReadOnlyList<bool>> stillFails, TimeSpan budget, int batchSize = 32)
    {
        var clock = Stopwatch.StartNew();
        FuzzProgram current = program;
        var tried = new HashSet<string>(StringComparer.Ordinal) { current.Render() };
        bool improved = true;
        while (improved && clock.Elapsed < budget)
        {
            improved = false;
            using IEnumerator<FuzzProgram> edits = ProgramEdits.All(current).GetEnumerator();
            while (clock.Elapsed < budget)
            {
                var batch = new List<FuzzProgram>();
                while (batch.Count < batchSize && edits.MoveNext())
                    if (tried.Add(edits.Current.Render()))
                        batch.Add(edits.Current);
                if (batch.Count == 0)
                    break;
                IReadOnlyList<bool> verdicts = stillFails(batch);
                int first = Enumerable.Range(0, batch.Count).FirstOrDefault(i => verdicts[i], -1);
                if (first >= 0)
                {
                    current = batch[first];
                    improved = true;
                    break;
                }
            }
        }
        return current;
    }
}
