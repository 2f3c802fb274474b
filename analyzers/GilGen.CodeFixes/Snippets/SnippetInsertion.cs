using System.Collections.Generic;

namespace GilGen.CodeFixes.Snippets;

/// <summary>
/// Python text to insert into a snippet at <see cref="Offset"/>, as lines: each break starts a new
/// snippet line, which in the file must be spelled as the literal spells its lines (an escape, or a
/// real line break followed by the raw literal's indentation and the dedented margin).
/// </summary>
internal sealed class SnippetInsertion
{
    /// <summary>Creates an insertion.</summary>
    /// <param name="offset">Where in the snippet (dedented) text the insertion goes.</param>
    /// <param name="lines">The inserted text, split at its line breaks: n items mean n - 1 breaks.</param>
    /// <param name="prefixLine">The 1-based snippet line whose file indentation the new lines copy (the line the insertion is on).</param>
    public SnippetInsertion(int offset, IReadOnlyList<string> lines, int prefixLine)
    {
        Offset = offset; Lines = lines; PrefixLine = prefixLine;
    }

    /// <summary>Where in the snippet (dedented) text the insertion goes.</summary>
    public int Offset { get; }
    /// <summary>The inserted text, split at its line breaks: n items mean n - 1 breaks.</summary>
    public IReadOnlyList<string> Lines { get; }
    /// <summary>The 1-based snippet line whose file indentation the new lines copy.</summary>
    public int PrefixLine { get; }
}
