using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.Generator.Model;

/// <summary>
/// A source location as plain data. Pipeline models must not hold a <see cref="Location"/> (it
/// keeps its syntax tree alive and defeats caching), so they keep this and rebuild one when a
/// diagnostic is reported.
/// </summary>
/// <param name="FilePath">The .cs or .py file.</param>
/// <param name="Span">Character offsets in the file.</param>
/// <param name="LineSpan">0-based lines and characters of <paramref name="Span"/>.</param>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>The location of <paramref name="node"/>.</summary>
    public static LocationInfo From(SyntaxNode node) => From(node.GetLocation());

    /// <summary>The location of <paramref name="token"/>.</summary>
    public static LocationInfo From(SyntaxToken token) => From(token.GetLocation());

    /// <summary>Copies the data of a source location.</summary>
    public static LocationInfo From(Location location)
    {
        var lineSpan = location.GetLineSpan();
        return new LocationInfo(lineSpan.Path ?? string.Empty, location.SourceSpan, lineSpan.Span);
    }

    /// <summary>Rebuilds a <see cref="Location"/> for reporting.</summary>
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
