using GilGen.Generator.Snippets;

namespace GilGen.Generator.Model;

/// <summary>
/// Where a snippet and its declaration are written: the file positions that <see cref="SnippetModel"/>
/// leaves out. The parse step makes it; the output step uses it to put the emit step's
/// <see cref="SnippetDiagnostic"/>s in the file, so moving a snippet re-runs only that cheap step.
/// </summary>
/// <param name="Map">Maps snippet positions to file positions.</param>
/// <param name="SnippetLocation">The whole attribute argument (or the .py file's start): where snippet-wide errors go.</param>
/// <param name="MethodLocation">The [GilFunction] method's name, where signature errors go; null for modules and files.</param>
/// <param name="Diagnostics">Errors found while reading the declaration (GIL0004, GIL0005).</param>
internal sealed record SnippetPlacement(
    SnippetLocationMap Map,
    LocationInfo SnippetLocation,
    LocationInfo? MethodLocation,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The diagnostic at its place in the .cs or .py file.</summary>
    public DiagnosticInfo Locate(SnippetDiagnostic diagnostic)
    {
        var location = diagnostic.Anchor switch
        {
            DiagnosticAnchor.Method => MethodLocation ?? SnippetLocation,
            DiagnosticAnchor.WholeSnippet => SnippetLocation,
            _ when diagnostic.Line >= 1 => Map.Map(diagnostic.Line, diagnostic.Column, diagnostic.Length),
            _ => Map.MapOffset(diagnostic.Offset, diagnostic.Length),
        };
        return new DiagnosticInfo(diagnostic.Id, location, diagnostic.MessageArguments, diagnostic.Severity);
    }
}
