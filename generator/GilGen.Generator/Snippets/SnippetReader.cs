using System.Threading;
using GilGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.Generator.Snippets;

/// <summary>
/// Reads a snippet from where it is written, an attribute argument or a .py file, into the text
/// to compile and its <see cref="SnippetLocationMap"/>.
/// </summary>
internal static class SnippetReader
{
    /// <summary>
    /// The snippet of an attribute whose argument evaluates to <paramref name="value"/>. When
    /// <paramref name="argument"/> is a string literal, errors map into it character by character;
    /// any other constant expression (a const field, a concatenation) maps to the whole argument.
    /// </summary>
    public static SnippetText FromAttributeArgument(string value, ExpressionSyntax argument, CancellationToken cancellationToken)
        => FromArgument(SnippetArgument.From(value, argument, cancellationToken));

    /// <summary>The snippet of an attribute argument that the declaration step captured (<see cref="FromAttributeArgument"/>).</summary>
    public static SnippetText FromArgument(SnippetArgument argument)
    {
        var value = argument.Value;
        var dedented = SnippetDedenter.Dedent(value);
        var whole = argument.Location;
        if (argument.LiteralText is { } tokenText)
        {
            var start = argument.Span.Start;
            var decoded = StringLiteralDecoder.Decode(tokenText);
            // Roslyn's value is the truth; a literal this decoder reads differently (or one with
            // syntax errors) is mapped as a whole rather than wrongly.
            if (decoded is not null && SameValue(decoded, value))
            {
                var sources = new DecodedChar[dedented.Text.Length];
                for (var i = 0; i < sources.Length; i++)
                {
                    var d = decoded[dedented.OriginalIndex[i]];
                    sources[i] = d with { Offset = start + d.Offset };
                }
                var end = decoded.Length > 0
                    ? start + decoded[decoded.Length - 1].Offset + decoded[decoded.Length - 1].Width
                    : start + (tokenText.StartsWith("@", System.StringComparison.Ordinal) ? 2 : 1);
                var map = SnippetLocationMap.Create(whole.FilePath, argument.FileText, dedented.Text, sources, end);
                return new SnippetText(dedented.Text, map, whole, map.Map(1, 0, 0).LineSpan.Start.Line);
            }
        }
        return new SnippetText(dedented.Text, SnippetLocationMap.Unmapped(whole, dedented.Text), whole, whole.LineSpan.Start.Line);
    }

    /// <summary>The snippet of a whole .py file: positions map one to one.</summary>
    public static SnippetText FromPythonFile(string path, SourceText text)
    {
        var source = text.ToString();
        var sources = new DecodedChar[source.Length];
        for (var i = 0; i < sources.Length; i++) sources[i] = new DecodedChar(source[i], i, 1);
        var map = SnippetLocationMap.Create(path, text, source, sources, source.Length);
        var firstCharacter = new LocationInfo(path, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));
        return new SnippetText(source, map, firstCharacter, 0);
    }

    private static bool SameValue(DecodedChar[] decoded, string value)
    {
        if (decoded.Length != value.Length) return false;
        for (var i = 0; i < decoded.Length; i++) if (decoded[i].Value != value[i]) return false;
        return true;
    }
}
