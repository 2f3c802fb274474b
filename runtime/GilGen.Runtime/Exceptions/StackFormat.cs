using System;
using System.Collections.Generic;
using System.Linq;

namespace GilGen.Runtime;

/// <summary>
/// The frame lines of a traceback, as CPython's StackSummary.format writes them: one piece per frame
/// (<c>  File "f.py", line 3, in g</c> and the stripped source line), and a run of more than three identical
/// frames (a recursion) cut to three and "[Previous line repeated N more times]". Uncaught exceptions and the
/// traceback module both print through here.
/// </summary>
internal static class StackFormat
{
    // traceback._RECURSIVE_CUTOFF.
    private const int RecursiveCutoff = 3;

    /// <summary>One frame to print: file, line number and function name as text, and the source line (or null).</summary>
    internal readonly record struct Frame(string File, string Line, string Name, string? Text);

    /// <summary>The frames of <paramref name="entries"/>, their source lines from the compiled module's text.</summary>
    public static IEnumerable<Frame> Frames(IEnumerable<TracebackEntry> entries) =>
        entries.Select(e => new Frame(e.Code.Source.FileName, e.Line.ToString(), e.Code.Name, e.Code.Source.Line(e.Line)));

    /// <summary>traceback's <c>limit</c>: the first <paramref name="limit"/> entries, or the last -limit when negative; all when null.</summary>
    public static IReadOnlyList<TracebackEntry> Limit(IReadOnlyList<TracebackEntry> entries, int? limit) => limit switch
    {
        null => entries,
        >= 0 => entries.Take(limit.Value).ToList(),
        _ => entries.Skip(Math.Max(0, entries.Count + limit.Value)).ToList(),
    };

    /// <summary>The printed pieces, one per frame shown.</summary>
    public static List<string> Format(IEnumerable<Frame> frames)
    {
        var pieces = new List<string>();
        Frame? last = null;
        int count = 0;
        foreach (var frame in frames)
        {
            if (last is not { } previous || previous.File != frame.File || previous.Line != frame.Line || previous.Name != frame.Name)
            {
                AddRepeats(pieces, count);
                last = frame;
                count = 0;
            }
            if (++count > RecursiveCutoff) continue;
            string piece = $"  File \"{frame.File}\", line {frame.Line}, in {frame.Name}\n";
            string? text = frame.Text?.Trim();
            pieces.Add(string.IsNullOrEmpty(text) ? piece : piece + "    " + text + "\n");
        }
        AddRepeats(pieces, count);
        return pieces;
    }

    private static void AddRepeats(List<string> pieces, int count)
    {
        if (count <= RecursiveCutoff) return;
        int more = count - RecursiveCutoff;
        pieces.Add($"  [Previous line repeated {more} more time{(more > 1 ? "s" : "")}]\n");
    }
}
