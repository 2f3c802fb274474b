using System;
using System.Collections.Generic;
using System.Globalization;

namespace GilGen.Runtime;

/// <summary>
/// A port of CPython 3.12's <c>re._parser</c>: reads a pattern into <see cref="ReNode"/>s with the same errors at the
/// same positions, so that what CPython refuses is refused here before .NET sees anything. Bytes patterns are read as
/// their Latin-1 decoding, as CPython's tokenizer reads them.
/// </summary>
internal sealed class ReParser
{
    public const long MaxRepeat = 4294967295;
    public const int MaxGroups = 1073741823;

    public const int FlagTemplate = 1, FlagIgnoreCase = 2, FlagLocale = 4, FlagMultiline = 8, FlagDotAll = 16,
        FlagUnicode = 32, FlagVerbose = 64, FlagDebug = 128, FlagAscii = 256;
    private const int TypeFlags = FlagAscii | FlagLocale | FlagUnicode;
    private const int GlobalFlags = FlagDebug | FlagTemplate;

    private const string SpecialChars = ".\\[{()*+?^$|";
    private const string RepeatChars = "*+?{";
    private const string Digits = "0123456789";
    private const string OctDigits = "01234567";
    private const string HexDigits = "0123456789abcdefABCDEF";
    private const string Whitespace = " \t\n\r\v\f";

    private readonly string _s;
    private readonly bool _isText;
    private int _index;
    private string? _next;
    private readonly ReParseState _state = new();
    private bool _variableLookbehind;

    private ReParser(string decoded, bool isText)
    {
        _s = decoded;
        _isText = isText;
        Advance();
    }

    /// <summary>
    /// Parses <paramref name="pattern"/> (a bytes pattern decoded as Latin-1 when <paramref name="isText"/> is false)
    /// with <paramref name="flags"/>: the tree, and the state (final flags, groups, names).
    /// </summary>
    public static (ReSequence Tree, ReParseState State) Parse(string pattern, bool isText, int flags)
    {
        var p = new ReParser(pattern, isText);
        p._state.Flags = flags;
        var tree = p.ParseSub((flags & FlagVerbose) != 0, 0);
        p._state.Flags = FixFlags(isText, p._state.Flags);
        if (p._next != null) throw p.Error("unbalanced parenthesis");
        foreach (var (g, pos) in p._state.GroupRefPos)
            if (g >= p._state.Groups) throw new RePatternError($"invalid group reference {g}", pos);
        if (p._variableLookbehind) throw new RePatternError("look-behind requires fixed-width pattern", null);
        return (tree, p._state);
    }

    /// <summary>fix_flags: checks the type flags against the pattern's kind and adds UNICODE to a str pattern's.</summary>
    public static int FixFlags(bool isText, int flags)
    {
        if (isText)
        {
            if ((flags & FlagLocale) != 0) throw PyErr.ValueError("cannot use LOCALE flag with a str pattern");
            if ((flags & FlagAscii) == 0) flags |= FlagUnicode;
            else if ((flags & FlagUnicode) != 0) throw PyErr.ValueError("ASCII and UNICODE flags are incompatible");
        }
        else
        {
            if ((flags & FlagUnicode) != 0) throw PyErr.ValueError("cannot use UNICODE flag with a bytes pattern");
            if ((flags & FlagLocale) != 0 && (flags & FlagAscii) != 0) throw PyErr.ValueError("ASCII and LOCALE flags are incompatible");
        }
        return flags;
    }

    // ---- the tokenizer ----

    private void Advance()
    {
        int index = _index;
        if (index >= _s.Length) { _next = null; return; }
        string c = _s[index].ToString();
        if (c == "\\")
        {
            index++;
            if (index >= _s.Length) throw new RePatternError("bad escape (end of pattern)", _s.Length - 1);
            c += _s[index];
        }
        _index = index + 1;
        _next = c;
    }

    private bool Match(string c)
    {
        if (c == _next) { Advance(); return true; }
        return false;
    }

    private string? Get()
    {
        var t = _next;
        Advance();
        return t;
    }

    private string GetWhile(int n, string charset)
    {
        string result = "";
        for (int i = 0; i < n; i++)
        {
            var c = _next;
            if (c == null || c.Length != 1 || !charset.Contains(c[0])) break;
            result += c;
            Advance();
        }
        return result;
    }

    private string GetUntil(char terminator, string name)
    {
        string result = "";
        while (true)
        {
            var c = _next;
            Advance();
            if (c == null)
            {
                if (result.Length == 0) throw Error("missing " + name);
                throw Error($"missing {terminator}, unterminated name", result.Length);
            }
            if (c == terminator.ToString())
            {
                if (result.Length == 0) throw Error("missing " + name, 1);
                break;
            }
            result += c;
        }
        return result;
    }

    private int Tell() => _index - (_next?.Length ?? 0);

    private void Seek(int index) { _index = index; Advance(); }

    private RePatternError Error(string msg, int offset = 0)
    {
        if (!_isText) msg = BackslashReplace(msg);
        return new RePatternError(msg, Tell() - offset);
    }

    private static string BackslashReplace(string s)
    {
        var sb = new System.Text.StringBuilder();
        foreach (char c in s)
        {
            if (c < 128) sb.Append(c);
            else if (c < 256) sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private static bool IsAscii(string s) { foreach (char c in s) if (c >= 128) return false; return true; }

    private static bool IsAsciiDecimal(string s)
    {
        if (s.Length == 0) return false;
        foreach (char c in s) if (c is < '0' or > '9') return false;
        return true;
    }

    private void CheckGroupName(string name, int offset)
    {
        if (!(_isText || IsAscii(name)))
            throw Error("bad character in group name " + BackslashReplace(PyStr.Quote(name)), name.Length + offset);
        if (!StrMethods.IsIdentifier(name))
            throw Error("bad character in group name " + PyStr.Quote(name), name.Length + offset);
    }

    private void CheckLookbehindGroup(int gid)
    {
        if (_state.LookbehindGroups is int lb)
        {
            if (!_state.CheckGroup(gid)) throw Error("cannot refer to an open group");
            if (gid >= lb) throw Error("cannot refer to group defined in the same lookbehind subpattern");
        }
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    // ---- escapes ----

    private static ReNode Lit(int c) => new(ReOp.Literal) { Code = c };

    private static int? SimpleEscape(string escape) => escape switch
    {
        "\\a" => 7, "\\b" => 8, "\\f" => 12, "\\n" => 10, "\\r" => 13, "\\t" => 9, "\\v" => 11, "\\\\" => '\\',
        _ => null,
    };

    private static ReCategory? CategoryEscape(string escape) => escape switch
    {
        "\\d" => ReCategory.Digit, "\\D" => ReCategory.NotDigit, "\\s" => ReCategory.Space, "\\S" => ReCategory.NotSpace,
        "\\w" => ReCategory.Word, "\\W" => ReCategory.NotWord, _ => null,
    };

    private static ReAt? AtEscape(string escape) => escape switch
    {
        "\\A" => ReAt.BeginningString, "\\b" => ReAt.Boundary, "\\B" => ReAt.NonBoundary, "\\Z" => ReAt.EndString, _ => null,
    };

    // \x, \u, \U, \N and the octal forms shared by both kinds of escape; null when the escape is none of them.
    private int? NumericEscape(ref string escape, bool inClass)
    {
        char c = escape[1];
        if (c == 'x')
        {
            escape += GetWhile(2, HexDigits);
            if (escape.Length != 4) throw Error("incomplete escape " + escape, escape.Length);
            return int.Parse(escape.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }
        if (c == 'u' && _isText)
        {
            escape += GetWhile(4, HexDigits);
            if (escape.Length != 6) throw Error("incomplete escape " + escape, escape.Length);
            return int.Parse(escape.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }
        if (c == 'U' && _isText)
        {
            escape += GetWhile(8, HexDigits);
            if (escape.Length != 10) throw Error("incomplete escape " + escape, escape.Length);
            long v = long.Parse(escape.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            // chr() refuses it: CPython's ValueError falls through to "bad escape".
            if (v > 0x10FFFF) throw Error("bad escape " + escape, escape.Length);
            return (int)v;
        }
        if (c == 'N' && _isText)
        {
            if (!Match("{")) throw Error("missing {");
            GetUntil('}', "character name");
            // .NET has no table of Unicode character names to look the name up in.
            throw PyErr.NotImplementedError("GilGen's re does not support \\N{...} named character escapes yet");
        }
        if (inClass && OctDigits.Contains(c))
        {
            escape += GetWhile(2, OctDigits);
            int v = Convert.ToInt32(escape.Substring(1), 8);
            if (v > 0xff) throw Error($"octal escape value {escape} outside of range 0-0o377", escape.Length);
            return v;
        }
        return null;
    }

    private ReSetItem ClassEscape(string escape)
    {
        if (SimpleEscape(escape) is int code) return ReSetItem.Char(code);
        if (CategoryEscape(escape) is ReCategory cat) return ReSetItem.Of(cat);
        if (NumericEscape(ref escape, true) is int v) return ReSetItem.Char(v);
        char c = escape[1];
        if (escape.Length == 2 && !Digits.Contains(c))
        {
            if (IsAsciiLetter(c)) throw Error("bad escape " + escape, escape.Length);
            return ReSetItem.Char(c);
        }
        throw Error("bad escape " + escape, escape.Length);
    }

    private ReNode Escape(string escape)
    {
        if (CategoryEscape(escape) is ReCategory cat) return new ReNode(ReOp.Category) { Category = cat };
        if (AtEscape(escape) is ReAt at) return new ReNode(ReOp.At) { At = at };
        if (SimpleEscape(escape) is int code) return Lit(code);
        if (NumericEscape(ref escape, false) is int v) return Lit(v);
        char c = escape[1];
        if (c == '0')
        {
            escape += GetWhile(2, OctDigits);
            return Lit(Convert.ToInt32(escape.Substring(1), 8));
        }
        if (Digits.Contains(c))
        {
            // An octal escape or a group reference (CPython's "sigh").
            if (_next is { Length: 1 } n && Digits.Contains(n[0]))
            {
                escape += Get();
                if (OctDigits.Contains(escape[1]) && OctDigits.Contains(escape[2]) && _next is { Length: 1 } n2 && OctDigits.Contains(n2[0]))
                {
                    escape += Get();
                    int octal = Convert.ToInt32(escape.Substring(1), 8);
                    if (octal > 0xff) throw Error($"octal escape value {escape} outside of range 0-0o377", escape.Length);
                    return Lit(octal);
                }
            }
            int group = int.Parse(escape.AsSpan(1), CultureInfo.InvariantCulture);
            if (group < _state.Groups)
            {
                if (!_state.CheckGroup(group)) throw Error("cannot refer to an open group", escape.Length);
                CheckLookbehindGroup(group);
                return new ReNode(ReOp.GroupRef) { Group = group };
            }
            throw Error($"invalid group reference {group}", escape.Length - 1);
        }
        if (escape.Length == 2)
        {
            if (IsAsciiLetter(c)) throw Error("bad escape " + escape, escape.Length);
            return Lit(c);
        }
        throw Error("bad escape " + escape, escape.Length);
    }

    // ---- the grammar ----

    private ReSequence ParseSub(bool verbose, int nested)
    {
        var items = new List<ReSequence>();
        while (true)
        {
            items.Add(Parse(verbose, nested + 1, nested == 0 && items.Count == 0));
            if (!Match("|")) break;
            if (nested == 0) verbose = (_state.Flags & FlagVerbose) != 0;
        }
        if (items.Count == 1) return items[0];
        var sub = new ReSequence(_state);
        sub.Nodes.Add(new ReNode(ReOp.Branch) { Branches = items });
        return sub;
    }

    private ReSequence Parse(bool verbose, int nested, bool first = false)
    {
        var sub = new ReSequence(_state);
        var nodes = sub.Nodes;
        while (true)
        {
            var thisTok = _next;
            if (thisTok == null || thisTok == "|" || thisTok == ")") break;
            Get();
            if (verbose)
            {
                if (Whitespace.Contains(thisTok) && thisTok.Length == 1) continue;
                if (thisTok == "#")
                {
                    while (true)
                    {
                        var t = Get();
                        if (t == null || t == "\n") break;
                    }
                    continue;
                }
            }
            if (thisTok[0] == '\\') { nodes.Add(Escape(thisTok)); continue; }
            if (!SpecialChars.Contains(thisTok[0])) { nodes.Add(Lit(thisTok[0])); continue; }
            switch (thisTok)
            {
                case "[": nodes.Add(ParseSet()); break;
                case "*": case "+": case "?": case "{":
                    if (!ParseRepeat(thisTok, nodes)) continue;
                    break;
                case ".": nodes.Add(new ReNode(ReOp.Any)); break;
                case "(":
                    if (ParseGroup(ref verbose, nested, first, nodes) is ReNode node) nodes.Add(node);
                    break;
                case "^": nodes.Add(new ReNode(ReOp.At) { At = ReAt.Beginning }); break;
                case "$": nodes.Add(new ReNode(ReOp.At) { At = ReAt.End }); break;
            }
        }
        return sub;
    }

    private ReNode ParseSet()
    {
        int here = Tell() - 1;
        var set = new List<ReSetItem>();
        bool negate = Match("^");
        while (true)
        {
            var thisTok = Get();
            if (thisTok == null) throw Error("unterminated character set", Tell() - here);
            if (thisTok == "]" && set.Count > 0) break;
            ReSetItem code1 = thisTok[0] == '\\' ? ClassEscape(thisTok) : ReSetItem.Char(thisTok[0]);
            if (Match("-"))
            {
                var that = Get();
                if (that == null) throw Error("unterminated character set", Tell() - here);
                if (that == "]")
                {
                    AddUnique(set, code1);
                    AddUnique(set, ReSetItem.Char('-'));
                    break;
                }
                ReSetItem code2 = that[0] == '\\' ? ClassEscape(that) : ReSetItem.Char(that[0]);
                if (code1.Category != null || code2.Category != null || code2.Lo < code1.Lo)
                    throw Error($"bad character range {thisTok}-{that}", thisTok.Length + 1 + that.Length);
                AddUnique(set, new ReSetItem(code1.Lo, code2.Lo, null));
            }
            else AddUnique(set, code1);
        }
        if (set.Count == 1 && set[0].Category == null && set[0].Lo == set[0].Hi)
            return new ReNode(negate ? ReOp.NotLiteral : ReOp.Literal) { Code = set[0].Lo };
        return new ReNode(ReOp.In) { Set = set, Negate = negate };
    }

    private static void AddUnique(List<ReSetItem> set, ReSetItem item)
    {
        if (!set.Contains(item)) set.Add(item);
    }

    // False when the token was a literal '{' (already added).
    private bool ParseRepeat(string thisTok, List<ReNode> nodes)
    {
        int here = Tell();
        long min, max;
        switch (thisTok)
        {
            case "?": min = 0; max = 1; break;
            case "*": min = 0; max = MaxRepeat; break;
            case "+": min = 1; max = MaxRepeat; break;
            default:
            {
                if (_next == "}") { nodes.Add(Lit('{')); return false; }
                min = 0; max = MaxRepeat;
                string lo = "", hi = "";
                while (_next is { Length: 1 } d && Digits.Contains(d[0])) lo += Get();
                if (Match(","))
                {
                    while (_next is { Length: 1 } d && Digits.Contains(d[0])) hi += Get();
                }
                else hi = lo;
                if (!Match("}"))
                {
                    nodes.Add(Lit('{'));
                    Seek(here);
                    return false;
                }
                if (lo.Length > 0)
                {
                    if (!long.TryParse(lo, NumberStyles.None, CultureInfo.InvariantCulture, out min) || min >= MaxRepeat)
                        throw PyErr.OverflowError("the repetition number is too large");
                }
                if (hi.Length > 0)
                {
                    if (!long.TryParse(hi, NumberStyles.None, CultureInfo.InvariantCulture, out max) || max >= MaxRepeat)
                        throw PyErr.OverflowError("the repetition number is too large");
                    if (max < min) throw Error("min repeat greater than max repeat", Tell() - here);
                }
                break;
            }
        }
        ReNode? last = nodes.Count > 0 ? nodes[^1] : null;
        if (last == null || last.Op == ReOp.At) throw Error("nothing to repeat", Tell() - here + thisTok.Length);
        if (last.Op == ReOp.Repeat) throw Error("multiple repeat", Tell() - here + thisTok.Length);
        var item = new ReSequence(_state);
        if (last.Op == ReOp.Subpattern && last.Group == 0 && last.AddFlags == 0 && last.DelFlags == 0) item = last.Sub!;
        else item.Nodes.Add(last);
        var kind = Match("?") ? ReRepeat.Lazy : Match("+") ? ReRepeat.Possessive : ReRepeat.Greedy;
        nodes[^1] = new ReNode(ReOp.Repeat) { Min = min, Max = max, Sub = item, Repeat = kind };
        return true;
    }

    private ReNode? ParseGroup(ref bool verbose, int nested, bool first, List<ReNode> nodes)
    {
        int start = Tell() - 1;
        bool capture = true, atomic = false;
        string? name = null;
        int addFlags = 0, delFlags = 0;
        if (Match("?"))
        {
            var ch = Get();
            if (ch == null) throw Error("unexpected end of pattern");
            if (ch == "P")
            {
                if (Match("<"))
                {
                    name = GetUntil('>', "group name");
                    CheckGroupName(name, 1);
                }
                else if (Match("="))
                {
                    name = GetUntil(')', "group name");
                    CheckGroupName(name, 1);
                    if (!_state.GroupDict.TryGetValue(name, out int gid))
                        throw Error("unknown group name " + PyStr.Quote(name), name.Length + 1);
                    if (!_state.CheckGroup(gid)) throw Error("cannot refer to an open group", name.Length + 1);
                    CheckLookbehindGroup(gid);
                    return new ReNode(ReOp.GroupRef) { Group = gid };
                }
                else
                {
                    var c2 = Get();
                    if (c2 == null) throw Error("unexpected end of pattern");
                    throw Error("unknown extension ?P" + c2, c2.Length + 2);
                }
            }
            else if (ch == ":") capture = false;
            else if (ch == "#")
            {
                while (true)
                {
                    if (_next == null) throw Error("missing ), unterminated comment", Tell() - start);
                    if (Get() == ")") break;
                }
                return null;
            }
            else if (ch is "=" or "!" or "<")
            {
                int dir = 1;
                int? lookbehindGroups = null;
                if (ch == "<")
                {
                    ch = Get();
                    if (ch == null) throw Error("unexpected end of pattern");
                    if (ch is not ("=" or "!")) throw Error("unknown extension ?<" + ch, ch.Length + 2);
                    dir = -1;
                    lookbehindGroups = _state.LookbehindGroups;
                    if (lookbehindGroups == null) _state.LookbehindGroups = _state.Groups;
                }
                var p = ParseSub(verbose, nested + 1);
                if (dir < 0)
                {
                    if (lookbehindGroups == null) _state.LookbehindGroups = null;
                    // _compiler's check: raised once the whole pattern has parsed, as CPython compiles after parsing.
                    var (lo, hi) = p.Width();
                    if (lo != hi) _variableLookbehind = true;
                }
                if (!Match(")")) throw Error("missing ), unterminated subpattern", Tell() - start);
                return new ReNode(ReOp.Assert) { Dir = dir, AssertNot = ch == "!", Sub = p };
            }
            else if (ch == "(")
            {
                string condname = GetUntil(')', "group name");
                int condgroup;
                if (!IsAsciiDecimal(condname))
                {
                    CheckGroupName(condname, 1);
                    if (!_state.GroupDict.TryGetValue(condname, out condgroup))
                        throw Error("unknown group name " + PyStr.Quote(condname), condname.Length + 1);
                }
                else
                {
                    if (!int.TryParse(condname, NumberStyles.None, CultureInfo.InvariantCulture, out condgroup) || condgroup >= MaxGroups)
                        throw Error($"invalid group reference {condname.TrimStart('0')}", condname.Length + 1);
                    if (condgroup == 0) throw Error("bad group number", condname.Length + 1);
                    if (!_state.GroupRefPos.ContainsKey(condgroup)) _state.GroupRefPos[condgroup] = Tell() - condname.Length - 1;
                }
                CheckLookbehindGroup(condgroup);
                var yes = Parse(verbose, nested + 1);
                ReSequence? no = null;
                if (Match("|"))
                {
                    no = Parse(verbose, nested + 1);
                    if (_next == "|") throw Error("conditional backref with more than two branches");
                }
                if (!Match(")")) throw Error("missing ), unterminated subpattern", Tell() - start);
                return new ReNode(ReOp.GroupRefExists) { Group = condgroup, Sub = yes, No = no };
            }
            else if (ch == ">") { capture = false; atomic = true; }
            else if (ch.Length == 1 && (FlagOf(ch[0]) != 0 || ch == "-"))
            {
                var flags = ParseFlags(ch[0]);
                if (flags == null)
                {
                    if (!first || nodes.Count > 0) throw Error("global flags not at the start of the expression", Tell() - start);
                    verbose = (_state.Flags & FlagVerbose) != 0;
                    return null;
                }
                (addFlags, delFlags) = flags.Value;
                capture = false;
            }
            else throw Error("unknown extension ?" + ch, ch.Length + 1);
        }
        int group = 0;
        if (capture)
        {
            try { group = _state.OpenGroup(name, m => new RePatternError(m, null)); }
            catch (RePatternError e) { throw Error(e.Message, (name?.Length ?? 0) + 1); }
        }
        bool subVerbose = (verbose || (addFlags & FlagVerbose) != 0) && (delFlags & FlagVerbose) == 0;
        var body = ParseSub(subVerbose, nested + 1);
        if (!Match(")")) throw Error("missing ), unterminated subpattern", Tell() - start);
        if (group != 0) _state.CloseGroup(group, body);
        if (atomic) return new ReNode(ReOp.Atomic) { Sub = body };
        return new ReNode(ReOp.Subpattern) { Group = group, AddFlags = addFlags, DelFlags = delFlags, Sub = body };
    }

    private static int FlagOf(char c) => c switch
    {
        'i' => FlagIgnoreCase, 'L' => FlagLocale, 'm' => FlagMultiline, 's' => FlagDotAll, 'x' => FlagVerbose,
        'a' => FlagAscii, 't' => FlagTemplate, 'u' => FlagUnicode, _ => 0,
    };

    private (int, int)? ParseFlags(char ch)
    {
        int addFlags = 0, delFlags = 0;
        string? c = ch.ToString();
        if (ch != '-')
        {
            while (true)
            {
                int flag = FlagOf(c[0]);
                if (_isText)
                {
                    if (c == "L") throw Error("bad inline flags: cannot use 'L' flag with a str pattern");
                }
                else if (c == "u") throw Error("bad inline flags: cannot use 'u' flag with a bytes pattern");
                addFlags |= flag;
                if ((flag & TypeFlags) != 0 && (addFlags & TypeFlags) != flag)
                    throw Error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
                c = Get();
                if (c == null) throw Error("missing -, : or )");
                if (c is ")" or "-" or ":") break;
                if (c.Length != 1 || FlagOf(c[0]) == 0)
                    throw Error(char.IsLetter(c[0]) && c.Length == 1 ? "unknown flag" : "missing -, : or )", c.Length);
            }
        }
        if (c == ")")
        {
            _state.Flags |= addFlags;
            return null;
        }
        if ((addFlags & GlobalFlags) != 0) throw Error("bad inline flags: cannot turn on global flag", 1);
        if (c == "-")
        {
            c = Get();
            if (c == null) throw Error("missing flag");
            if (c.Length != 1 || FlagOf(c[0]) == 0)
                throw Error(c.Length == 1 && char.IsLetter(c[0]) ? "unknown flag" : "missing flag", c.Length);
            while (true)
            {
                int flag = FlagOf(c[0]);
                if ((flag & TypeFlags) != 0) throw Error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
                delFlags |= flag;
                c = Get();
                if (c == null) throw Error("missing :");
                if (c == ":") break;
                if (c.Length != 1 || FlagOf(c[0]) == 0)
                    throw Error(c.Length == 1 && char.IsLetter(c[0]) ? "unknown flag" : "missing :", c.Length);
            }
        }
        if ((delFlags & GlobalFlags) != 0) throw Error("bad inline flags: cannot turn off global flag", 1);
        if ((addFlags & delFlags) != 0) throw Error("bad inline flags: flag turned on and off", 1);
        return (addFlags, delFlags);
    }
}
