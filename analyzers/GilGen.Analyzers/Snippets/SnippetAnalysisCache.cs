using System;
using System.Collections.Generic;
using System.Threading;

namespace GilGen.Analyzers.Snippets;

/// <summary>
/// The last <see cref="Capacity"/> snippet analyses, by snippet text (the compiler options are always
/// the default ones). An IDE analyzes the open document again on every edit, with a new compilation,
/// while most of its snippets are unchanged: each snippet text is compiled and analyzed once, and the
/// analysis is shared by the analyzer and the code fix. An analysis only reads its text, so equal texts
/// give equal analyses; a canceled one is not kept.
/// </summary>
internal static class SnippetAnalysisCache
{
    /// <summary>How many snippet texts are kept; the least recently used one goes first.</summary>
    public const int Capacity = 512;

    private static readonly object s_gate = new();
    private static readonly Dictionary<string, LinkedListNode<Entry>> s_byText = new(StringComparer.Ordinal);
    private static readonly LinkedList<Entry> s_recent = new();

    /// <summary>The analysis of <paramref name="text"/>, made by <paramref name="analyze"/> when it is not kept.</summary>
    public static SnippetAnalysis? GetOrAdd(string text, Func<string, CancellationToken, SnippetAnalysis?> analyze, CancellationToken cancellationToken)
    {
        lock (s_gate)
        {
            if (s_byText.TryGetValue(text, out var kept))
            {
                s_recent.Remove(kept);
                s_recent.AddFirst(kept);
                return kept.Value.Analysis;
            }
        }
        // Outside the lock: two threads may analyze the same new text at once; both get equal results.
        var analysis = analyze(text, cancellationToken);
        lock (s_gate)
        {
            if (s_byText.ContainsKey(text)) return analysis;
            s_byText[text] = s_recent.AddFirst(new Entry(text, analysis));
            if (s_recent.Count > Capacity)
            {
                s_byText.Remove(s_recent.Last!.Value.Text);
                s_recent.RemoveLast();
            }
        }
        return analysis;
    }

    private readonly struct Entry
    {
        public Entry(string text, SnippetAnalysis? analysis)
        {
            Text = text;
            Analysis = analysis;
        }

        public string Text { get; }
        public SnippetAnalysis? Analysis { get; }
    }
}
