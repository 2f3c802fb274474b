using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace GilGen.Runtime;

/// <summary>
/// <c>re.Pattern</c>: a compiled pattern, over a .NET <see cref="Regex"/> made from its translation
/// (<see cref="ReTranslator"/>). The searches follow CPython's <c>_sre</c>: <c>pos</c> starts the search without hiding
/// what comes before it (lookbehind and <c>^</c> see the whole string), <c>endpos</c> cuts the string there, and a run
/// of matches (findall, finditer, sub, split) after an empty match accepts a non-empty match at the same place, as
/// Python 3.7 and later do.
/// </summary>
public sealed class PyRePattern : PyObject
{
    /// <summary>The class <c>re.Pattern</c>.</summary>
    public static readonly PyType PatternType = CreateType();

    private PyValue _source;
    private readonly ReTranslation _t;
    private readonly Regex _search;
    private Regex? _match, _full, _advance;

    private PyRePattern(PyValue source, ReTranslation t)
    {
        _source = source.NewRef();
        _t = t;
        _search = NewRegex(t.DotNetPattern, t.Options);
    }

    // A translation .NET refuses is GilGen's limit, not the program's error: said loudly, never matched wrongly.
    private static Regex NewRegex(string pattern, RegexOptions options)
    {
        try { return new Regex(pattern, options); }
        catch (ArgumentException e)
        {
            throw PyErr.NotImplementedError($"GilGen's re cannot express this pattern in .NET's regular expressions yet ({e.Message})");
        }
    }

    /// <summary>Compiles <paramref name="source"/> (a str or bytes, borrowed) with <paramref name="flags"/>; re.error for a bad pattern.</summary>
    internal static PyRePattern Compile(ThreadState ts, PyValue source, int flags)
    {
        var (text, isText) = source.Obj switch
        {
            PyStr s => (s.Value, true),
            PyBytes b => (Encoding.Latin1.GetString(b.Data), false),
            _ => throw PyErr.TypeError("first argument must be string or compiled pattern"),
        };
        ReTranslation t;
        try { t = ReTranslator.Translate(text, isText, flags); }
        catch (RePatternError e) { throw ReError.New(ts, e.Message, source, e.Pos); }
        return new PyRePattern(source, t);
    }

    /// <inheritdoc/>
    public override PyType Type => PatternType;

    /// <summary>True for a bytes pattern.</summary>
    public bool IsBytes => _source.Obj is PyBytes;

    /// <summary>The number of capturing groups.</summary>
    public int Groups => _t.Groups;

    /// <summary>The flags (the argument's, the inline ones, and UNICODE for a str pattern).</summary>
    public int Flags => _t.Flags;


    /// <summary>The number of the group called <paramref name="name"/>, or null.</summary>
    public int? GroupIndex(string name)
    {
        int at = Array.IndexOf(_t.GroupNames, name);
        return at < 0 ? null : _t.GroupNumbers[at];
    }

    /// <summary>The name of group <paramref name="group"/>, or null when it has none.</summary>
    public string? GroupName(int group)
    {
        int at = Array.IndexOf(_t.GroupNumbers, group);
        return at < 0 ? null : _t.GroupNames[at];
    }

    /// <summary>The group names in definition order, with their numbers.</summary>
    internal IEnumerable<(string Name, int Number)> GroupNamesInOrder()
    {
        for (int i = 0; i < _t.GroupNames.Length; i++) yield return (_t.GroupNames[i], _t.GroupNumbers[i]);
    }

    /// <summary>The order in which group <paramref name="group"/>'s closing parenthesis comes in the pattern.</summary>
    internal int CloseOrder(int group) => _t.CloseOrder[group];

    /// <inheritdoc/>
    public override void Dealloc() { var s = _source; _source = PyValue.None; s.DecRefFromDealloc(); }

    private static readonly string[] FlagNames =
        { "TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "UNICODE", "VERBOSE", "DEBUG", "ASCII" };

    /// <summary>Flags as <c>re.IGNORECASE|re.MULTILINE</c> (CPython's pattern_repr), leftover bits in hex.</summary>
    internal static string FlagsRepr(int flags)
    {
        var parts = new List<string>();
        for (int bit = 0; bit < FlagNames.Length; bit++)
        {
            if ((flags & (1 << bit)) == 0) continue;
            parts.Add("re." + FlagNames[bit]);
            flags &= ~(1 << bit);
        }
        if (flags != 0) parts.Add("0x" + flags.ToString("x", System.Globalization.CultureInfo.InvariantCulture));
        return string.Join("|", parts);
    }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        string source = Ops.ReprOf(ts, _source);
        if (source.Length > 200) source = source.Substring(0, 200);
        int flags = _t.Flags;
        // A str pattern's implied UNICODE is left out.
        if (!IsBytes && (flags & (ReParser.FlagLocale | ReParser.FlagUnicode | ReParser.FlagAscii)) == ReParser.FlagUnicode)
            flags &= ~ReParser.FlagUnicode;
        return flags == 0 ? $"re.compile({source})" : $"re.compile({source}, {FlagsRepr(flags)})";
    }

    /// <inheritdoc/>
    public override bool? EqualsValue(ThreadState? ts, PyValue other)
    {
        if (other.Obj is not PyRePattern p) return base.EqualsValue(ts, other);
        return ReferenceEquals(p, this) || (p._t.Flags == _t.Flags && p.IsBytes == IsBytes && Ops.EqualsBool(ts, p._source, _source));
    }

    /// <inheritdoc/>
    public override long Hash(ThreadState? ts)
    {
        long h = Ops.HashOf(ts, _source) ^ (_t.Flags * 1000003L);
        return h == -1 ? -2 : h;
    }

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name)
    {
        switch (name)
        {
            case "pattern": return _source.NewRef();
            case "flags": return PyValue.Int(_t.Flags);
            case "groups": return PyValue.Int(_t.Groups);
            case "groupindex":
            {
                var d = new PyDict();
                foreach (var (n, number) in GroupNamesInOrder())
                {
                    var k = PyValue.Str(n);
                    d.Set(ts, k, PyValue.Int(number));
                    k.DecRef();
                }
                var proxy = PyValue.From(new PyMappingProxy(d));
                PyValue.From(d).DecRef();
                return proxy;
            }
        }
        return base.GetAttrOrNull(ts, name);
    }

    // ---- searching ----

    /// <summary>The text of a subject: a str's, or a bytes-like object's bytes as Latin-1 characters.</summary>
    internal string SubjectText(PyValue subject)
    {
        switch (subject.Obj)
        {
            case PyStr s:
                if (IsBytes) throw PyErr.TypeError("cannot use a bytes pattern on a string-like object");
                return s.Value;
            case PyBytes b:
                if (!IsBytes) throw PyErr.TypeError("cannot use a string pattern on a bytes-like object");
                return Encoding.Latin1.GetString(b.Data);
            case PyByteArray ba:
                if (!IsBytes) throw PyErr.TypeError("cannot use a string pattern on a bytes-like object");
                return Encoding.Latin1.GetString(ba.ToArray());
        }
        throw PyErr.TypeError($"expected string or bytes-like object, got '{subject.Type.Name}'");
    }

    /// <summary>pos and endpos clamped into the string as _sre's state_init does.</summary>
    internal static (int Pos, int EndPos) Bounds(PyValue pos, PyValue endpos, int length)
    {
        long p = 0, e = length;
        if (!pos.IsUnbound && !Numbers.TryLong(pos, out p))
            throw PyErr.TypeError($"'{pos.Type.Name}' object cannot be interpreted as an integer");
        if (!endpos.IsUnbound && !Numbers.TryLong(endpos, out e))
            throw PyErr.TypeError($"'{endpos.Type.Name}' object cannot be interpreted as an integer");
        p = Math.Clamp(p, 0, length);
        e = Math.Clamp(e, 0, length);
        return ((int)p, (int)e);
    }

    private Regex Anchored(ref Regex? slot, string format) =>
        slot ??= NewRegex(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, _t.DotNetPattern), _t.Options);

    /// <summary>search: the first match at or after <paramref name="pos"/> in <paramref name="text"/> (already cut at endpos).</summary>
    internal Match? Search(string text, int pos) => pos > text.Length ? null : Success(_search.Match(text, pos));

    /// <summary>match: a match that starts at <paramref name="pos"/>.</summary>
    internal Match? MatchAt(string text, int pos) =>
        pos > text.Length ? null : Success(Anchored(ref _match, @"\G(?:{0})").Match(text, pos));

    /// <summary>fullmatch: a match from <paramref name="pos"/> to the end of <paramref name="text"/>.</summary>
    internal Match? FullMatch(string text, int pos) =>
        pos > text.Length ? null : Success(Anchored(ref _full, @"\G(?:{0})\z").Match(text, pos));

    /// <summary>
    /// The next match of a run from <paramref name="pos"/>; after an empty match (<paramref name="mustAdvance"/>) one
    /// that is empty at <paramref name="pos"/> is refused (a non-empty one there may follow it), as _sre's must_advance.
    /// </summary>
    internal Match? Next(string text, int pos, bool mustAdvance)
    {
        if (!mustAdvance) return Search(text, pos);
        // \G(?:p)(?!\G): a match at pos that has moved past it (backtracking into p to find one).
        if (pos <= text.Length && Success(Anchored(ref _advance, @"\G(?:{0})(?!\G)").Match(text, pos)) is Match m) return m;
        return pos + 1 > text.Length ? null : Search(text, pos + 1);
    }

    private static Match? Success(Match m) => m.Success ? m : null;

    private static PyType CreateType()
    {
        var type = new PyType("Pattern", PyType.Object, (ts, t, a, kw) => throw PyErr.TypeError("cannot create 're.Pattern' instances"))
        {
            Module = "re", IsBaseType = false,
        };
        ReMethods.AddPatternMethods(type);
        return type;
    }
}
