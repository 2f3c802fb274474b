using System.Collections.Generic;
using System.Linq;

namespace GilGen.Analyzers.Tests.Corpus;

/// <summary>
/// One program of the held-out corpus: a C# file (<see cref="Text"/>) and optional .py files, each
/// in markup. <c>{|GIL2001:counter++|}</c> marks a real race of that rule, as a careful reviewer
/// judges it — not what the analyzer happens to report. Where two rules' definitions both fit
/// the same expression (a <c>volatile</c> counter in a thread body is GIL2002 and, read literally,
/// GIL2001 too) the label lists both, the expected one first: <c>{|GIL2002/GIL2001:_pending--|}</c>;
/// a diagnostic of either id there is a hit, and credited to the first.
/// </summary>
/// <param name="Name">A short name, also the C# file's name.</param>
/// <param name="Text">The C# file, in markup.</param>
/// <param name="PythonFiles">.py additional files (path, markup).</param>
/// <param name="Note">Why the labels are what they are, where that is not obvious.</param>
internal sealed record CorpusCase(string Name, string Text, IReadOnlyList<(string Path, string Text)> PythonFiles, string? Note = null)
{
    /// <summary>A C#-only case.</summary>
    public CorpusCase(string name, string text, string? note = null) : this(name, text, [], note) { }

    public override string ToString() => Name;
}

/// <summary>The whole corpus.</summary>
internal static partial class CorpusCases
{
    /// <summary>Every case: C# (threads, tasks, timers, Parallel, volatile, [GuardedBy], inconsistent locking) and Python snippets.</summary>
    public static IReadOnlyList<CorpusCase> All => s_all.Value;

    // Lazy: the groups are static fields of the other partial files, whose initialisation order
    // relative to this one is not defined.
    private static readonly System.Lazy<IReadOnlyList<CorpusCase>> s_all = new(Build);

    private static IReadOnlyList<CorpusCase> Build() =>
        Counters.Concat(SharedObjects).Concat(Volatile).Concat(Guarded).Concat(Inconsistent).Concat(Harder).Concat(Python).ToList();
}
