using System.Collections.Generic;
using System.Globalization;

namespace GilGen.Generator.Snippets;

/// <summary>
/// Decodes the text of a C# string literal token (regular, verbatim, single-line and multi-line
/// raw) into its value, remembering for each value character where it was written. Roslyn gives the
/// value but not that correspondence, which is what maps a compile error back into the literal.
/// </summary>
/// <remarks>
/// Total: text it cannot decode yields null, and callers then fall back to the literal's whole
/// span; callers also compare the decoded value with Roslyn's to catch any disagreement.
/// </remarks>
internal static class StringLiteralDecoder
{
    /// <summary>Decodes <paramref name="tokenText"/>, or returns null when it is not a string literal this decoder knows.</summary>
    public static DecodedChar[]? Decode(string tokenText)
    {
        if (tokenText.StartsWith("@\"", System.StringComparison.Ordinal)) return DecodeVerbatim(tokenText);
        if (tokenText.StartsWith("\"\"\"", System.StringComparison.Ordinal)) return DecodeRaw(tokenText);
        if (tokenText.StartsWith("\"", System.StringComparison.Ordinal)) return DecodeRegular(tokenText);
        return null;
    }

    private static DecodedChar[]? DecodeRegular(string text)
    {
        var result = new List<DecodedChar>();
        var end = text.Length - 1; // the closing quote
        if (end < 1 || text[end] != '"') return null;
        var i = 1;
        while (i < end)
        {
            var c = text[i];
            if (c != '\\')
            {
                result.Add(new DecodedChar(c, i, 1));
                i++;
                continue;
            }
            if (i + 1 >= end) return null;
            var e = text[i + 1];
            char? simple = e switch
            {
                '\'' => '\'', '"' => '"', '\\' => '\\', '0' => '\0', 'a' => '\a', 'b' => '\b',
                'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', 'v' => '\v', 'e' => '\u001b',
                _ => null,
            };
            if (simple is char s)
            {
                result.Add(new DecodedChar(s, i, 2));
                i += 2;
                continue;
            }
            int digits;
            switch (e)
            {
                case 'u':
                    digits = 4;
                    if (!TryHex(text, i + 2, 4, end, out var u)) return null;
                    result.Add(new DecodedChar((char)u, i, 2 + digits));
                    break;
                case 'U':
                    digits = 8;
                    if (!TryHex(text, i + 2, 8, end, out var codePoint) || codePoint > 0x10FFFF) return null;
                    if (codePoint < 0x10000)
                    {
                        result.Add(new DecodedChar((char)codePoint, i, 2 + digits));
                    }
                    else
                    {
                        // Both halves of the surrogate pair map to the one escape.
                        var pair = char.ConvertFromUtf32(codePoint);
                        result.Add(new DecodedChar(pair[0], i, 2 + digits));
                        result.Add(new DecodedChar(pair[1], i, 2 + digits));
                    }
                    break;
                case 'x':
                    // \x takes one to four hex digits, as many as follow.
                    digits = 0;
                    var value = 0;
                    while (digits < 4 && i + 2 + digits < end && IsHex(text[i + 2 + digits]))
                    {
                        value = value * 16 + HexValue(text[i + 2 + digits]);
                        digits++;
                    }
                    if (digits == 0) return null;
                    result.Add(new DecodedChar((char)value, i, 2 + digits));
                    break;
                default:
                    return null;
            }
            i += 2 + digits;
        }
        return result.ToArray();
    }

    private static DecodedChar[]? DecodeVerbatim(string text)
    {
        var result = new List<DecodedChar>();
        var end = text.Length - 1;
        if (end < 2 || text[end] != '"') return null;
        var i = 2;
        while (i < end)
        {
            if (text[i] == '"')
            {
                if (i + 1 >= end || text[i + 1] != '"') return null;
                result.Add(new DecodedChar('"', i, 2));
                i += 2;
                continue;
            }
            result.Add(new DecodedChar(text[i], i, 1));
            i++;
        }
        return result.ToArray();
    }

    private static DecodedChar[]? DecodeRaw(string text)
    {
        var quotes = 0;
        while (quotes < text.Length && text[quotes] == '"') quotes++;
        var closingStart = text.Length - quotes;
        if (closingStart < quotes || !IsQuoteRun(text, closingStart, quotes)) return null;

        var firstNewLine = IndexOfNewLine(text, quotes, closingStart);
        if (firstNewLine < 0)
        {
            // Single-line raw literal: the content is everything between the delimiters.
            var single = new DecodedChar[closingStart - quotes];
            for (var i = quotes; i < closingStart; i++) single[i - quotes] = new DecodedChar(text[i], i, 1);
            return single;
        }

        // Multi-line: the closing line's leading whitespace is removed from every content line.
        var closingLineStart = closingStart;
        while (closingLineStart > 0 && IsWhitespace(text[closingLineStart - 1])) closingLineStart--;
        var indentation = text.Substring(closingLineStart, closingStart - closingLineStart);

        var lines = new List<(int Start, int End, int NewLineEnd)>();
        var lineStart = firstNewLine + NewLineLength(text, firstNewLine);
        // The newline that ends the last content line is not part of the value.
        var contentEnd = closingLineStart;
        while (lineStart < contentEnd)
        {
            var newLine = IndexOfNewLine(text, lineStart, contentEnd);
            if (newLine < 0) return null; // the closing line must follow a newline
            var newLineEnd = newLine + NewLineLength(text, newLine);
            lines.Add((lineStart, newLine, newLineEnd));
            if (newLineEnd >= contentEnd) break;
            lineStart = newLineEnd;
        }

        var result = new List<DecodedChar>();
        for (var n = 0; n < lines.Count; n++)
        {
            var (start, end, newLineEnd) = lines[n];
            var contentStart = start;
            if (string.CompareOrdinal(text, start, indentation, 0, indentation.Length) == 0 && end - start >= indentation.Length)
            {
                contentStart = start + indentation.Length;
            }
            else if (IsWhitespaceOnly(text, start, end))
            {
                contentStart = end; // whitespace-only lines may be shorter than the indentation
            }
            else
            {
                return null; // Roslyn reports CS9003; nothing sensible to map.
            }
            for (var i = contentStart; i < end; i++) result.Add(new DecodedChar(text[i], i, 1));
            if (n < lines.Count - 1)
            {
                for (var i = end; i < newLineEnd; i++) result.Add(new DecodedChar(text[i], i, 1));
            }
        }
        return result.ToArray();
    }

    private static bool IsQuoteRun(string text, int start, int count)
    {
        for (var i = start; i < start + count; i++) if (text[i] != '"') return false;
        return true;
    }

    private static int IndexOfNewLine(string text, int start, int end)
    {
        for (var i = start; i < end; i++) if (IsNewLine(text[i])) return i;
        return -1;
    }

    private static int NewLineLength(string text, int at)
        => text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? 2 : 1;

    private static bool IsNewLine(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsWhitespace(char c) => !IsNewLine(c) && char.IsWhiteSpace(c);

    private static bool IsWhitespaceOnly(string text, int start, int end)
    {
        for (var i = start; i < end; i++) if (!IsWhitespace(text[i])) return false;
        return true;
    }

    private static bool TryHex(string text, int start, int count, int end, out int value)
    {
        value = 0;
        if (start + count > end) return false;
        return int.TryParse(text.Substring(start, count), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
