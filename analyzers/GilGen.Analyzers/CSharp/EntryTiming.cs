using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// When a thread entry's code runs, relative to the code that starts it, as far as the starting
/// code shows (positions are offsets in its file).
/// </summary>
/// <param name="SitePosition">Where the delegate is handed over (the call, creation or subscription).</param>
/// <param name="StartPosition">Where the thread starts: the site, or the later <c>Start()</c>.</param>
/// <param name="WaitPosition">Where the starter waits for it (<c>Join</c>, <c>await</c>, <c>Wait</c>…); null when it never visibly does.</param>
/// <param name="RepeatSpan">
/// The loop the start is in (or a lambda given to LINQ or ForEach), if the start repeats without
/// waiting inside the same iteration: its threads then overlap each other.
/// </param>
/// <param name="ConcurrentRegion">The statements of the starting code that run while the thread does (<see cref="CSharp.ConcurrentRegion"/>).</param>
/// <param name="Antecedent">For a continuation (<c>t.ContinueWith(…)</c>), the expression of the task it continues: entries started in it finish before it runs.</param>
internal readonly record struct EntryTiming(int SitePosition, int StartPosition, int? WaitPosition, TextSpan? RepeatSpan, IReadOnlyList<TextSpan> ConcurrentRegion,
    TextSpan? Antecedent = null)
{
    /// <summary>
    /// Whether two entries of one starting member can be alive at once: the delegates of one call
    /// (Parallel.Invoke) always are; otherwise each lives from its start to the statement that waits
    /// for it (to the end when none does), and the two stretches must overlap —
    /// <c>await Task.Run(a); await Task.Run(b);</c> runs a, then b.
    /// </summary>
    public bool MayOverlap(EntryTiming other)
    {
        // A continuation runs after the tasks it continues: a chain runs one link at a time (checked
        // first: every link of Task.Run(a).ContinueWith(b).ContinueWith(c) starts at the same position).
        if (Antecedent is { } mine && mine.Contains(other.SitePosition)) return false;
        if (other.Antecedent is { } theirs && theirs.Contains(SitePosition)) return false;
        if (other.SitePosition == SitePosition) return true;
        return StartPosition < other.LiveUntil && other.StartPosition < LiveUntil;
    }

    /// <summary>Where the thread stops being alive (a wait inside the start statement itself is at that statement's end).</summary>
    private int LiveUntil => WaitPosition is { } wait ? Math.Max(wait, StartPosition + 1) : int.MaxValue;
}
