using System;
using System.Collections.Generic;
using GilGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.Generator.Snippets;

/// <summary>
/// Maps a position in the compiled snippet (1-based line, 0-based column, as the Python compiler
/// reports it) to where that character is written in the .cs or .py file: inside the attribute's
/// string literal through its escape sequences, raw-literal indentation and the dedent.
/// Plain data with value equality, so it can live in cached pipeline models.
/// </summary>
internal sealed record SnippetLocationMap(
    string FilePath,
    int SnippetLength,
    EquatableArray<int> SnippetLineStarts,
    EquatableArray<MapSegment> Segments,
    SourcePoint End,
    LocationInfo? Fallback)
{
    /// <summary>
    /// A map for a snippet whose characters cannot be traced (the attribute argument is a constant
    /// expression rather than a literal, or the literal did not decode): everything maps to
    /// <paramref name="whole"/>.
    /// </summary>
    public static SnippetLocationMap Unmapped(LocationInfo whole, string snippet)
        => new(whole.FilePath, snippet.Length, LineStarts(snippet), EquatableArray<MapSegment>.Empty,
               new SourcePoint(whole.Span.Start, whole.LineSpan.Start.Line, whole.LineSpan.Start.Character), whole);

    /// <summary>Builds a map.</summary>
    /// <param name="filePath">The file the snippet is written in.</param>
    /// <param name="fileText">That file's text (for line numbers).</param>
    /// <param name="snippet">The compiled snippet.</param>
    /// <param name="sources">For each snippet character, where in the file it was written (<see cref="DecodedChar.Offset"/> absolute).</param>
    /// <param name="endPosition">The file offset that stands for the end of the snippet (where the literal's content ends).</param>
    public static SnippetLocationMap Create(string filePath, SourceText fileText, string snippet, IReadOnlyList<DecodedChar> sources, int endPosition)
    {
        if (sources.Count != snippet.Length) throw new ArgumentException("One source per snippet character is needed.", nameof(sources));
        var segments = new List<MapSegment>();
        MapSegment? run = null;
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            var line = fileText.Lines.GetLinePosition(source.Offset);
            if (run is MapSegment current)
            {
                var extendsLinearRun = source.Width == 1 && current.IsLinear
                    && current.SourceStart + current.SourceWidth == source.Offset && current.Line == line.Line;
                // The two halves of a \U surrogate pair come from one escape.
                var extendsEscape = !current.IsLinear && current.SourceStart == source.Offset;
                if (extendsLinearRun || extendsEscape)
                {
                    run = current with { Length = current.Length + 1, SourceWidth = current.SourceWidth + (extendsLinearRun ? 1 : 0) };
                    continue;
                }
                segments.Add(current);
            }
            run = new MapSegment(i, 1, source.Offset, source.Width, line.Line, line.Character);
        }
        if (run is MapSegment last) segments.Add(last);

        var end = fileText.Lines.GetLinePosition(Math.Min(Math.Max(endPosition, 0), fileText.Length));
        return new SnippetLocationMap(filePath, snippet.Length, LineStarts(snippet), new EquatableArray<MapSegment>(segments.ToArray()),
            new SourcePoint(endPosition, end.Line, end.Character), null);
    }

    /// <summary>
    /// The file location of the snippet text starting at (<paramref name="line"/>, <paramref name="column"/>)
    /// and <paramref name="length"/> characters long. Out-of-range input is clamped, never thrown on:
    /// the compiler may report at the end of the input.
    /// </summary>
    /// <param name="line">1-based snippet line.</param>
    /// <param name="column">0-based column in that line.</param>
    /// <param name="length">Length in snippet characters; 0 for a point.</param>
    public LocationInfo Map(int line, int column, int length) => MapOffset(OffsetOf(line, column), length);

    /// <summary>The file location of the snippet text at <paramref name="offset"/>, <paramref name="length"/> characters long (clamped).</summary>
    public LocationInfo MapOffset(int offset, int length)
    {
        if (Fallback is not null) return Fallback;
        var start = Clamp(offset, 0, SnippetLength);
        var end = Clamp(start + Math.Max(length, 0), start, SnippetLength);
        var startPoint = StartOf(start);
        var endPoint = end > start ? EndOf(end - 1) : startPoint;
        return new LocationInfo(
            FilePath,
            TextSpan.FromBounds(startPoint.Position, Math.Max(startPoint.Position, endPoint.Position)),
            new LinePositionSpan(new LinePosition(startPoint.Line, startPoint.Character), new LinePosition(endPoint.Line, endPoint.Character)));
    }

    /// <summary>The snippet offset of a (1-based line, 0-based column), clamped to the snippet.</summary>
    public int OffsetOf(int line, int column)
    {
        if (SnippetLineStarts.Count == 0 || line < 1) return 0;
        if (line > SnippetLineStarts.Count) return SnippetLength;
        var lineStart = SnippetLineStarts[line - 1];
        return Clamp(lineStart + Math.Max(column, 0), 0, SnippetLength);
    }

    // Where the snippet character at offset starts in the file (the end point for offset == length).
    private SourcePoint StartOf(int offset)
    {
        var segment = Find(offset);
        if (segment is not MapSegment s) return End;
        var delta = s.IsLinear ? offset - s.SnippetStart : 0;
        return new SourcePoint(s.SourceStart + delta, s.Line, s.Character + delta);
    }

    // Where the snippet character at offset ends in the file.
    private SourcePoint EndOf(int offset)
    {
        var segment = Find(offset);
        if (segment is not MapSegment s) return End;
        var delta = s.IsLinear ? offset - s.SnippetStart + 1 : s.SourceWidth;
        return new SourcePoint(s.SourceStart + delta, s.Line, s.Character + delta);
    }

    private MapSegment? Find(int offset)
    {
        int low = 0, high = Segments.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var s = Segments[middle];
            if (offset < s.SnippetStart) high = middle - 1;
            else if (offset >= s.SnippetStart + s.Length) low = middle + 1;
            else return s;
        }
        return null;
    }

    // Python's tokenizer ends a line at "\n", "\r\n" or a lone "\r".
    private static EquatableArray<int> LineStarts(string snippet)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < snippet.Length; i++)
        {
            if (snippet[i] == '\n' || (snippet[i] == '\r' && (i + 1 >= snippet.Length || snippet[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }
        return new EquatableArray<int>(starts.ToArray());
    }

    private static int Clamp(int value, int min, int max) => value < min ? min : value > max ? max : value;
}
