namespace GilGen.Generator.Snippets;

/// <summary>
/// A run of snippet characters and the source text that wrote them. A <em>linear</em> run
/// (<see cref="Length"/> == <see cref="SourceWidth"/>) maps character k to source position
/// <see cref="SourceStart"/> + k on one source line; any other run is one escape sequence, and all
/// its characters map to the whole escape.
/// </summary>
/// <param name="SnippetStart">Offset of the run's first character in the compiled snippet.</param>
/// <param name="Length">Number of snippet characters in the run.</param>
/// <param name="SourceStart">Offset in the file of the run's source text.</param>
/// <param name="SourceWidth">Number of source characters in the run.</param>
/// <param name="Line">0-based file line of <paramref name="SourceStart"/>.</param>
/// <param name="Character">0-based character in that line of <paramref name="SourceStart"/>.</param>
internal readonly record struct MapSegment(int SnippetStart, int Length, int SourceStart, int SourceWidth, int Line, int Character)
{
    /// <summary>True when each snippet character is one source character.</summary>
    public bool IsLinear => Length == SourceWidth;
}
