using GilGen.Generator.Model;

namespace GilGen.Generator.Snippets;

/// <summary>A snippet ready to compile, with the map back to where it is written.</summary>
/// <param name="Source">The dedented snippet.</param>
/// <param name="Map">Snippet positions to file positions.</param>
/// <param name="WholeLocation">The literal (or the .py file's first character): where snippet-wide errors go.</param>
/// <param name="LineOffset">0-based file line of the snippet's first character.</param>
internal sealed record SnippetText(string Source, SnippetLocationMap Map, LocationInfo WholeLocation, int LineOffset);
