using System.Collections.Generic;

namespace GilGen.Compiler.Syntax;

/// <summary>The source with its line starts, to turn char offsets into (line, column).</summary>
internal sealed class SourceText
{
    private readonly List<int> _lineStarts = new() { 0 };

    /// <summary>Indexes the line starts of <paramref name="text"/>.</summary>
    public SourceText(string text)
    {
        Text = text;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r') { if (i + 1 < text.Length && text[i + 1] == '\n') i++; _lineStarts.Add(i + 1); }
            else if (c == '\n') _lineStarts.Add(i + 1);
        }
    }

    /// <summary>The whole source.</summary>
    public string Text { get; }
    /// <summary>Its length in chars.</summary>
    public int Length => Text.Length;

    /// <summary>Pins an offset into [0, Length].</summary>
    public int Clamp(int offset) => offset < 0 ? 0 : offset > Text.Length ? Text.Length : offset;

    /// <summary>1-based line and 0-based column of a char offset.</summary>
    public (int Line, int Column) GetLineColumn(int offset)
    {
        offset = Clamp(offset);
        int lo = 0, hi = _lineStarts.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (_lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
        }
        return (lo + 1, offset - _lineStarts[lo]);
    }

    /// <summary>The text of a 1-based line, without its line break.</summary>
    public string GetLine(int line)
    {
        if (line < 1 || line > _lineStarts.Count) return "";
        int s = _lineStarts[line - 1];
        int e = line < _lineStarts.Count ? _lineStarts[line] : Text.Length;
        while (e > s && (Text[e - 1] == '\n' || Text[e - 1] == '\r')) e--;
        return Text.Substring(s, e - s);
    }
}
