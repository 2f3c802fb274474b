using System;
using System.Collections.Generic;
using System.Text;
using GilGen.Analyzers.Snippets;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.CodeFixes.Snippets;

/// <summary>
/// Spells snippet insertions the way the snippet is written. A new line is a <c>\n</c> escape in a
/// regular literal and a real line break in a verbatim or raw literal or a .py file; it then starts
/// with the same file indentation as the snippet line it is inserted on (the raw literal's
/// indentation and the dedented margin), so the generator reads the intended Python back. Quotes
/// and backslashes are escaped as the literal requires.
/// </summary>
internal static class SnippetSpelling
{
    /// <summary>The file edits for <paramref name="insertions"/> into <paramref name="source"/>, whose file text is <paramref name="fileText"/>.</summary>
    public static IReadOnlyList<TextChange> ToTextChanges(SnippetSource source, SourceText fileText, IReadOnlyList<SnippetInsertion> insertions)
    {
        var lineStarts = SnippetLockPlan.LineStarts(source.Text);
        var lineBreak = LineBreak(source, fileText);
        var changes = new List<TextChange>();
        foreach (var insertion in insertions)
        {
            var prefix = FilePrefix(source, fileText, lineStarts, insertion.PrefixLine);
            var text = new StringBuilder();
            for (var i = 0; i < insertion.Lines.Count; i++)
            {
                if (i > 0) text.Append(lineBreak).Append(prefix);
                text.Append(Escape(insertion.Lines[i], source.Writing));
            }
            changes.Add(new TextChange(new TextSpan(source.FilePosition(insertion.Offset), 0), text.ToString()));
        }
        return changes;
    }

    // How the literal writes a line break: an escape, or the file's own line break.
    private static string LineBreak(SnippetSource source, SourceText fileText)
    {
        if (source.Writing == SnippetWriting.Regular) return "\\n";
        var written = source.Writing == SnippetWriting.PythonFile ? fileText.ToString() : source.Literal.Text;
        return written.IndexOf("\r\n", StringComparison.Ordinal) >= 0 ? "\r\n" : "\n";
    }

    // The spaces and tabs written in the file before the snippet's column 0 on line `line`: the
    // raw literal's indentation plus the dedented margin, or the margin after a \n escape.
    private static string FilePrefix(SnippetSource source, SourceText fileText, int[] lineStarts, int line)
    {
        if (line < 1 || line > lineStarts.Length) return "";
        var position = source.FilePosition(lineStarts[line - 1]);
        var start = position;
        while (start > 0 && fileText[start - 1] is ' ' or '\t') start--;
        return fileText.ToString(TextSpan.FromBounds(start, position));
    }

    private static string Escape(string text, SnippetWriting writing) => writing switch
    {
        SnippetWriting.Regular => text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\t", "\\t"),
        SnippetWriting.Verbatim => text.Replace("\"", "\"\""),
        _ => text,
    };
}
