using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GilGen.Runtime;

/// <summary>A Python pattern made into a .NET one: the .NET text and options, and what <c>re</c> reports about it.</summary>
internal sealed record ReTranslation(string DotNetPattern, RegexOptions Options, int Flags, int Groups, string[] GroupNames,
    int[] GroupNumbers, int[] CloseOrder);

/// <summary>
/// Turns a parsed Python pattern (<see cref="ReParser"/>) into .NET's syntax with Python's meaning. Nothing is left to
/// .NET's reading of Python's syntax: every group gets an explicit number (so named groups keep Python's numbering,
/// where .NET would number them after the unnamed ones), every literal is escaped, and the constructs whose meaning
/// differs are spelled out: Python's <c>\w</c> (alphanumerics by <c>str.isalnum</c>, and <c>_</c>) and <c>\s</c>
/// (<c>str.isspace</c>, which includes \x1c-\x1f), <c>\b</c> built on that <c>\w</c>, the ASCII classes under
/// <c>re.ASCII</c> and for bytes, <c>.</c>, <c>^</c> and <c>$</c> by the flags in force where they stand (so scoped
/// flags need no .NET options), <c>\Z</c> as .NET's <c>\z</c>, and possessive repeats as atomic groups.
/// Under ASCII (and for bytes) case-insensitivity is done here, for ASCII letters only, as CPython does there.
/// </summary>
internal sealed class ReTranslator
{
    private const string UnicodeWord = @"\p{L}\p{N}_";
    private const string UnicodeSpace = @"\s\x1c-\x1f";
    private const string AsciiWord = "a-zA-Z0-9_";

    private readonly bool _isText;
    private readonly StringBuilder _out = new();
    private readonly int[] _closeOrder;
    private int _closed;

    private ReTranslator(bool isText, int groups)
    {
        _isText = isText;
        _closeOrder = new int[groups];
    }

    /// <summary>Parses and translates; Python's errors come out as <see cref="RePatternError"/> or PyErr exceptions.</summary>
    public static ReTranslation Translate(string pattern, bool isText, int flags)
    {
        var (tree, state) = ReParser.Parse(pattern, isText, flags);
        var t = new ReTranslator(isText, state.Groups);
        int final = state.Flags;
        bool netIgnoreCase = t.UnicodeIgnoreCase(final);
        t.EmitSequence(tree, final, netIgnoreCase);
        var options = RegexOptions.CultureInvariant | (netIgnoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        var names = new string[state.GroupNames.Count];
        var numbers = new int[names.Length];
        for (int i = 0; i < names.Length; i++) { names[i] = state.GroupNames[i]; numbers[i] = state.GroupDict[names[i]]; }
        return new ReTranslation(t._out.ToString(), options, final, state.Groups - 1, names, numbers, t._closeOrder);
    }

    private bool Ascii(int flags) => !_isText || (flags & (ReParser.FlagAscii | ReParser.FlagLocale)) != 0;

    // .NET's own case-insensitivity serves where Python's is Unicode's; under ASCII it is done here instead.
    private bool UnicodeIgnoreCase(int flags) => (flags & ReParser.FlagIgnoreCase) != 0 && !Ascii(flags);

    private bool AsciiIgnoreCase(int flags) => (flags & ReParser.FlagIgnoreCase) != 0 && Ascii(flags);

    private void EmitSequence(ReSequence seq, int flags, bool netI)
    {
        foreach (var n in seq.Nodes) Emit(n, flags, netI);
    }

    private static void AppendChar(StringBuilder sb, int c)
    {
        if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9') sb.Append((char)c);
        else sb.Append("\\u").Append(c.ToString("x4", CultureInfo.InvariantCulture));
    }

    // The characters Python's case-insensitive matching adds to c's own case variants, or null.
    private static int[]? ExtraCases(int c) => ReCaseFix.Group(c);

    private static char SwapAsciiCase(int c) => (char)(c is >= 'a' and <= 'z' ? c - 32 : c + 32);

    private static bool IsAsciiLetter(int c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private void Emit(ReNode n, int flags, bool netI)
    {
        var o = _out;
        switch (n.Op)
        {
            case ReOp.Literal:
                if (n.Code > 0xFFFF)
                {
                    o.Append("(?:");
                    foreach (char unit in char.ConvertFromUtf32(n.Code)) AppendChar(o, unit);
                    o.Append(')');
                }
                else if (AsciiIgnoreCase(flags) && IsAsciiLetter(n.Code))
                {
                    o.Append('['); AppendChar(o, n.Code); AppendChar(o, SwapAsciiCase(n.Code)); o.Append(']');
                }
                else if (UnicodeIgnoreCase(flags) && ExtraCases(n.Code) is int[] extra)
                {
                    o.Append('['); AppendChar(o, n.Code);
                    foreach (int e in extra) AppendChar(o, e);
                    o.Append(']');
                }
                else AppendChar(o, n.Code);
                break;
            case ReOp.NotLiteral:
                if (n.Code > 0xFFFF) throw NotSupported("a negated character outside the BMP");
                o.Append("[^");
                AppendChar(o, n.Code);
                if (AsciiIgnoreCase(flags) && IsAsciiLetter(n.Code)) AppendChar(o, SwapAsciiCase(n.Code));
                if (UnicodeIgnoreCase(flags) && ExtraCases(n.Code) is int[] others)
                    foreach (int e in others) AppendChar(o, e);
                o.Append(']');
                break;
            case ReOp.In:
                EmitSet(n, flags);
                break;
            case ReOp.Any:
                o.Append((flags & ReParser.FlagDotAll) != 0 ? @"[\s\S]" : @"[^\n]");
                break;
            case ReOp.Category:
                o.Append(CategoryClass(n.Category, flags));
                break;
            case ReOp.At:
                EmitAt(n.At, flags);
                break;
            case ReOp.Branch:
                o.Append("(?:");
                for (int i = 0; i < n.Branches!.Count; i++)
                {
                    if (i > 0) o.Append('|');
                    EmitSequence(n.Branches[i], flags, netI);
                }
                o.Append(')');
                break;
            case ReOp.Repeat:
                EmitRepeat(n, flags, netI);
                break;
            case ReOp.Subpattern:
            {
                int inner = flags;
                if ((n.AddFlags & (ReParser.FlagAscii | ReParser.FlagLocale | ReParser.FlagUnicode)) != 0)
                    inner &= ~(ReParser.FlagAscii | ReParser.FlagLocale | ReParser.FlagUnicode);
                inner = (inner | n.AddFlags) & ~n.DelFlags;
                bool innerI = UnicodeIgnoreCase(inner);
                if (n.Group > 0) o.Append("(?<").Append(n.Group.ToString(CultureInfo.InvariantCulture)).Append('>');
                else o.Append(innerI == netI ? "(?:" : innerI ? "(?i:" : "(?-i:");
                EmitSequence(n.Sub!, inner, innerI);
                o.Append(')');
                if (n.Group > 0) _closeOrder[n.Group] = ++_closed;
                break;
            }
            case ReOp.Atomic:
                o.Append("(?>");
                EmitSequence(n.Sub!, flags, netI);
                o.Append(')');
                break;
            case ReOp.Assert:
                o.Append(n.Dir > 0 ? (n.AssertNot ? "(?!" : "(?=") : (n.AssertNot ? "(?<!" : "(?<="));
                EmitSequence(n.Sub!, flags, netI);
                o.Append(')');
                break;
            case ReOp.GroupRef:
                // Under ASCII case-insensitivity .NET compares the group's text by its own (Unicode) folding.
                if (AsciiIgnoreCase(flags)) o.Append("(?i:\\k<").Append(n.Group.ToString(CultureInfo.InvariantCulture)).Append(">)");
                else o.Append("\\k<").Append(n.Group.ToString(CultureInfo.InvariantCulture)).Append('>');
                break;
            case ReOp.GroupRefExists:
                o.Append("(?(").Append(n.Group.ToString(CultureInfo.InvariantCulture)).Append(')');
                EmitSequence(n.Sub!, flags, netI);
                o.Append('|');
                if (n.No != null) EmitSequence(n.No, flags, netI);
                o.Append(')');
                break;
        }
    }

    private static PyException NotSupported(string what) =>
        PyErr.NotImplementedError($"GilGen's re does not support {what} yet (.NET's regular expressions have no equivalent)");

    private void EmitRepeat(ReNode n, int flags, bool netI)
    {
        var o = _out;
        if (n.Min > int.MaxValue || (n.Max != ReParser.MaxRepeat && n.Max > int.MaxValue))
            throw NotSupported("a repeat count above 2147483647");
        if (n.Repeat == ReRepeat.Possessive) o.Append("(?>");
        // One node that .NET reads as one atom needs no group around it.
        bool single = n.Sub!.Nodes.Count == 1 && n.Sub.Nodes[0] is { } only
            && (only.Op is ReOp.In or ReOp.Any or ReOp.Category or ReOp.NotLiteral
                || (only.Op == ReOp.Literal && only.Code <= 0xFFFF) || (only.Op == ReOp.Subpattern && only.Group > 0));
        if (!single) o.Append("(?:");
        EmitSequence(n.Sub, flags, netI);
        if (!single) o.Append(')');
        string min = n.Min.ToString(CultureInfo.InvariantCulture);
        if (n.Max == ReParser.MaxRepeat) o.Append(n.Min == 0 ? "*" : n.Min == 1 ? "+" : "{" + min + ",}");
        else if (n.Min == 0 && n.Max == 1) o.Append('?');
        else if (n.Min == n.Max) o.Append('{').Append(min).Append('}');
        else o.Append('{').Append(min).Append(',').Append(n.Max.ToString(CultureInfo.InvariantCulture)).Append('}');
        if (n.Repeat == ReRepeat.Lazy) o.Append('?');
        if (n.Repeat == ReRepeat.Possessive) o.Append(')');
    }

    private string WordClassBody(int flags) => Ascii(flags) ? AsciiWord : UnicodeWord;

    private void EmitAt(ReAt at, int flags)
    {
        var o = _out;
        bool multiline = (flags & ReParser.FlagMultiline) != 0;
        switch (at)
        {
            case ReAt.Beginning: o.Append(multiline ? "(?m:^)" : @"\A"); break;
            case ReAt.End: o.Append(multiline ? "(?m:$)" : @"\Z"); break;
            case ReAt.BeginningString: o.Append(@"\A"); break;
            case ReAt.EndString: o.Append(@"\z"); break;
            case ReAt.Boundary:
            {
                string w = "[" + WordClassBody(flags) + "]";
                o.Append("(?:(?<=").Append(w).Append(")(?!").Append(w).Append(")|(?<!").Append(w).Append(")(?=").Append(w).Append("))");
                break;
            }
            case ReAt.NonBoundary:
            {
                // CPython: \B never matches in an empty string.
                string w = "[" + WordClassBody(flags) + "]";
                o.Append(@"(?!\A\z)(?:(?<=").Append(w).Append(")(?=").Append(w).Append(")|(?<!").Append(w).Append(")(?!").Append(w).Append("))");
                break;
            }
        }
    }

    // The body of a .NET class for a category, or null for a Unicode complement, which no class body can say together
    // with other members (.NET's \W and \S are the complements of its own \w and \s, not of Python's).
    private string? CategoryBody(ReCategory c, int flags)
    {
        if (Ascii(flags))
        {
            return c switch
            {
                ReCategory.Digit => "0-9",
                ReCategory.NotDigit => @"\x00-\x2f\x3a-\uffff",
                ReCategory.Space => @"\x09-\x0d\x20",
                ReCategory.NotSpace => @"\x00-\x08\x0e-\x1f\x21-\uffff",
                ReCategory.Word => AsciiWord,
                _ => @"\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\uffff",
            };
        }
        return c switch
        {
            ReCategory.Digit => @"\d",
            ReCategory.NotDigit => @"\D",
            ReCategory.Space => UnicodeSpace,
            ReCategory.Word => UnicodeWord,
            _ => null,
        };
    }

    private string CategoryClass(ReCategory c, int flags) => CategoryBody(c, flags) is string body
        ? "[" + body + "]"
        : c == ReCategory.NotSpace ? "[^" + UnicodeSpace + "]" : "[^" + UnicodeWord + "]";

    private void EmitSet(ReNode n, int flags)
    {
        var body = new StringBuilder();
        var extra = new StringBuilder();
        bool asciiI = AsciiIgnoreCase(flags), unicodeI = UnicodeIgnoreCase(flags);
        foreach (var item in n.Set!)
        {
            if (item.Category is ReCategory cat)
            {
                if (CategoryBody(cat, flags) is string b) body.Append(b);
                else extra.Append('|').Append(CategoryClass(cat, flags));
                continue;
            }
            if (item.Hi > 0xFFFF) throw NotSupported("a character set with characters outside the BMP");
            AppendRange(body, item.Lo, item.Hi);
            if (unicodeI)
            {
                // The characters Python folds together and .NET does not (ς with σ...), for those the range holds.
                foreach (var lower in ReCaseFix.ExtraCases.Keys)
                {
                    var group = ReCaseFix.Group(lower)!;
                    if (Array.Exists(group, g => g >= item.Lo && g <= item.Hi))
                        foreach (int g in group) AppendChar(body, g);
                }
            }
            if (asciiI)
            {
                // The other case of the ASCII letters in the range (CPython's ASCII case-insensitivity).
                AddSwapped(body, item.Lo, item.Hi, 'a', 'z');
                AddSwapped(body, item.Lo, item.Hi, 'A', 'Z');
            }
        }
        string cls = body.Length == 0 ? "" : "[" + body + "]";
        if (extra.Length == 0)
        {
            _out.Append(n.Negate ? "[^" + body + "]" : cls);
            return;
        }
        // A complement of a Unicode category among other members: an alternation, negated by a lookahead.
        string alternatives = cls.Length == 0 ? extra.ToString(1, extra.Length - 1) : cls + extra;
        _out.Append(n.Negate ? @"(?:(?!" + alternatives + @")[\s\S])" : "(?:" + alternatives + ")");
    }

    private static void AppendRange(StringBuilder sb, int lo, int hi)
    {
        AppendChar(sb, lo);
        if (hi != lo) { sb.Append('-'); AppendChar(sb, hi); }
    }

    private static void AddSwapped(StringBuilder sb, int lo, int hi, char from, char to)
    {
        int a = Math.Max(lo, from), b = Math.Min(hi, to);
        if (a <= b) AppendRange(sb, SwapAsciiCase(a), SwapAsciiCase(b));
    }
}
