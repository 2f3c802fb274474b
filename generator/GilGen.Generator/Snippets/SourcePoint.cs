namespace GilGen.Generator.Snippets;

/// <summary>A position in a file: offset, and 0-based line and character.</summary>
internal readonly record struct SourcePoint(int Position, int Line, int Character);
