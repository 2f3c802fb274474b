using System.Collections.Generic;
using System.Text;

namespace GilGen.Generator.Snippets;

/// <summary>
/// Removes the indentation common to every line, as Python's <c>textwrap.dedent</c> does, so that a
/// snippet may be indented to line up with the C# around it. Keeps where each remaining character
/// came from, to map compile errors back.
/// </summary>
/// <remarks>
/// textwrap.dedent's rules: only spaces and tabs count as indentation; lines holding nothing but
/// spaces and tabs are ignored when finding the margin and come out empty; the margin is the
/// longest common prefix of the other lines' indentation (so "\t" and "    " share none).
/// </remarks>
internal static class SnippetDedenter
{
    /// <summary>Dedents <paramref name="text"/>.</summary>
    public static DedentedSnippet Dedent(string text)
    {
        var lines = SplitLines(text);
        string? margin = null;
        foreach (var (start, end) in lines)
        {
            if (IsBlank(text, start, end)) continue;
            var indent = start;
            while (indent < end && text[indent] is ' ' or '\t') indent++;
            var lineMargin = text.Substring(start, indent - start);
            margin = margin is null ? lineMargin : CommonPrefix(margin, lineMargin);
        }
        margin ??= string.Empty;

        var builder = new StringBuilder(text.Length);
        var originalIndex = new List<int>(text.Length);
        foreach (var (start, end) in lines)
        {
            var lineEnd = LineEndIncludingNewLine(text, end);
            var contentStart = IsBlank(text, start, end) ? end : start + margin.Length;
            for (var i = contentStart; i < lineEnd; i++)
            {
                builder.Append(text[i]);
                originalIndex.Add(i);
            }
        }
        return new DedentedSnippet(builder.ToString(), originalIndex.ToArray());
    }

    // Lines as (start, end) with end before the line's "\n" or "\r\n"; a trailing line without a newline counts too.
    private static List<(int Start, int End)> SplitLines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
            lines.Add((start, end));
            start = i + 1;
        }
        if (start < text.Length) lines.Add((start, text.Length));
        return lines;
    }

    private static int LineEndIncludingNewLine(string text, int end)
    {
        if (end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n') return end + 2;
        if (end < text.Length && text[end] == '\n') return end + 1;
        return end;
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++) if (text[i] is not (' ' or '\t')) return false;
        return true;
    }

    private static string CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return a.Substring(0, n);
    }
}
