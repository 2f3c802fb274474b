using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace GilGen.Runtime;

/// <summary>
/// A replacement template of <c>sub</c>, <c>subn</c> and <c>Match.expand</c>, parsed as CPython 3.12's
/// <c>re._parser.parse_template</c> does: literal text (with the escapes <c>\n</c>, <c>\t</c>... and octal ones) and
/// group references (<c>\1</c>, <c>\g&lt;1&gt;</c>, <c>\g&lt;name&gt;</c>), with its errors at its positions.
/// </summary>
internal sealed class ReTemplate
{
    /// <summary>The pieces in order: a literal (Group -1) or a group reference (Text null).</summary>
    public readonly List<(string? Text, int Group)> Pieces = new();

    private const string Digits = "0123456789";
    private const string OctDigits = "01234567";

    /// <summary>
    /// Parses <paramref name="template"/> (a bytes template decoded as Latin-1 when <paramref name="isText"/> is false) for
    /// <paramref name="pattern"/>; <paramref name="templateValue"/> (borrowed) is what <c>re.error</c> reports.
    /// </summary>
    public static ReTemplate Parse(ThreadState ts, string template, bool isText, PyRePattern pattern, PyValue templateValue)
    {
        var result = new ReTemplate();
        var literal = new StringBuilder();
        int i = 0;
        PyException Error(string msg, int offset) => ReError.New(ts, msg, templateValue, i - offset);
        void AddGroup(int index, int offset)
        {
            if (index > pattern.Groups) throw Error($"invalid group reference {index}", offset);
            result.Pieces.Add((literal.ToString(), -1));
            literal.Clear();
            result.Pieces.Add((null, index));
        }
        while (i < template.Length)
        {
            char ch = template[i++];
            if (ch != '\\') { literal.Append(ch); continue; }
            if (i >= template.Length) throw ReError.New(ts, "bad escape (end of pattern)", templateValue, template.Length - 1);
            char c = template[i++];
            if (c == 'g')
            {
                if (i >= template.Length || template[i] != '<') throw Error("missing <", 0);
                i++;
                int close = template.IndexOf('>', i);
                string name;
                if (close < 0)
                {
                    name = template.Substring(i);
                    i = template.Length;
                    if (name.Length == 0) throw Error("missing group name", 0);
                    throw Error("missing >, unterminated name", name.Length);
                }
                name = template.Substring(i, close - i);
                i = close + 1;
                if (name.Length == 0) throw Error("missing group name", 1);
                int index;
                bool asciiDecimal = name.Length > 0;
                foreach (char d in name) asciiDecimal &= d is >= '0' and <= '9';
                if (!asciiDecimal)
                {
                    if (!isText && !IsAscii(name)) throw Error("bad character in group name " + PyStr.Quote(name), name.Length + 1);
                    if (!StrMethods.IsIdentifier(name)) throw Error("bad character in group name " + PyStr.Quote(name), name.Length + 1);
                    index = pattern.GroupIndex(name) ?? throw PyErr.IndexError("unknown group name " + PyStr.Quote(name));
                }
                else
                {
                    if (!int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out index) || index >= ReParser.MaxGroups)
                        throw Error($"invalid group reference {name.TrimStart('0')}", name.Length + 1);
                }
                AddGroup(index, name.Length + 1);
            }
            else if (c == '0')
            {
                string digits = "0";
                if (i < template.Length && OctDigits.Contains(template[i]))
                {
                    digits += template[i++];
                    if (i < template.Length && OctDigits.Contains(template[i])) digits += template[i++];
                }
                literal.Append((char)(Convert.ToInt32(digits, 8) & 0xff));
            }
            else if (Digits.Contains(c))
            {
                string text = "\\" + c;
                bool isOctal = false;
                if (i < template.Length && Digits.Contains(template[i]))
                {
                    text += template[i++];
                    if (OctDigits.Contains(c) && OctDigits.Contains(text[2]) && i < template.Length && OctDigits.Contains(template[i]))
                    {
                        text += template[i++];
                        isOctal = true;
                        int v = Convert.ToInt32(text.Substring(1), 8);
                        if (v > 0xff) throw Error($"octal escape value {text} outside of range 0-0o377", text.Length);
                        literal.Append((char)v);
                    }
                }
                if (!isOctal) AddGroup(int.Parse(text.AsSpan(1), CultureInfo.InvariantCulture), text.Length - 1);
            }
            else
            {
                int? code = c switch
                {
                    'a' => 7, 'b' => 8, 'f' => 12, 'n' => 10, 'r' => 13, 't' => 9, 'v' => 11, '\\' => '\\', _ => null,
                };
                if (code is int k) literal.Append((char)k);
                else if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z') throw Error("bad escape \\" + c, 2);
                else literal.Append('\\').Append(c);
            }
        }
        result.Pieces.Add((literal.ToString(), -1));
        return result;
    }

    /// <summary>
    /// The TypeError of CPython's join when a template of the other kind than the pattern (a str template for a bytes
    /// pattern, or the reverse) refers to a group: the group's value is of the pattern's kind, the pieces of the template's.
    /// Null when the template refers to no group.
    /// </summary>
    public PyException? KindMismatch(bool templateIsText)
    {
        int at = Pieces.FindIndex(piece => piece.Group >= 0);
        if (at < 0) return null;
        return PyErr.TypeError(templateIsText
            ? $"sequence item {at}: expected str instance, bytes found"
            : $"sequence item {at}: expected a bytes-like object, str found");
    }

    private static bool IsAscii(string s) { foreach (char c in s) if (c >= 128) return false; return true; }

    /// <summary>The template filled from <paramref name="match"/>: unmatched groups give the empty string.</summary>
    public string Expand(PyReMatch match)
    {
        var sb = new StringBuilder();
        foreach (var (text, group) in Pieces)
        {
            if (group < 0) sb.Append(text);
            else if (match.Span(group) is var (start, end) && start >= 0) sb.Append(match.Text, start, end - start);
        }
        return sb.ToString();
    }
}
