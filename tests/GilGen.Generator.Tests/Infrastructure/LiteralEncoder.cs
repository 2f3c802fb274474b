using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace GilGen.Generator.Tests.Infrastructure;

/// <summary>
/// Writes a snippet as a C# string literal in a given style and records where each character of
/// the literal's value is written. Independent of the generator's decoder, so that tests compare
/// two implementations rather than one with itself.
/// </summary>
internal static class LiteralEncoder
{
    /// <summary>Encodes <paramref name="snippet"/>; for <see cref="LiteralStyle.Raw"/>, <paramref name="lineIndent"/> is the literal's indentation.</summary>
    public static EncodedLiteral Encode(string snippet, LiteralStyle style, string lineIndent = "        ")
    {
        var text = new StringBuilder();
        var offsets = new List<int>();
        var contentEnd = -1;
        switch (style)
        {
            case LiteralStyle.Regular:
            case LiteralStyle.RegularIndented:
                text.Append('"');
                var value = style == LiteralStyle.Regular ? snippet : Indent(snippet, "    ");
                foreach (var c in value)
                {
                    offsets.Add(text.Length);
                    text.Append(c switch
                    {
                        '\n' => "\\n",
                        '\r' => "\\r",
                        '\t' => "\\t",
                        '"' => "\\\"",
                        '\\' => "\\\\",
                        _ when c < ' ' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                        _ => c.ToString(),
                    });
                }
                contentEnd = text.Length;
                text.Append('"');
                break;
            case LiteralStyle.Verbatim:
                text.Append("@\"");
                foreach (var c in snippet)
                {
                    offsets.Add(text.Length);
                    text.Append(c == '"' ? "\"\"" : c.ToString());
                }
                contentEnd = text.Length;
                text.Append('"');
                break;
            case LiteralStyle.Raw:
                var quotes = new string('"', System.Math.Max(3, LongestQuoteRun(snippet) + 1));
                text.Append(quotes).Append('\n');
                var lines = snippet.Split('\n');
                for (var n = 0; n < lines.Length; n++)
                {
                    var line = lines[n];
                    if (line.Length > 0) text.Append(lineIndent);
                    foreach (var c in line)
                    {
                        offsets.Add(text.Length);
                        text.Append(c);
                    }
                    if (n < lines.Length - 1) offsets.Add(text.Length);
                    if (n == lines.Length - 1) contentEnd = offsets.Count == 0 ? 4 : text.Length;
                    text.Append('\n');
                }
                text.Append(lineIndent).Append(quotes);
                break;
        }
        return new EncodedLiteral(text.ToString(), offsets.ToArray(), contentEnd);
    }

    /// <summary>Each non-empty line prefixed with <paramref name="indent"/>.</summary>
    public static string Indent(string snippet, string indent)
        => string.Join("\n", snippet.Split('\n').Select(line => line.Length == 0 ? line : indent + line));

    private static int LongestQuoteRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '"' ? run + 1 : 0;
            longest = System.Math.Max(longest, run);
        }
        return longest;
    }
}
