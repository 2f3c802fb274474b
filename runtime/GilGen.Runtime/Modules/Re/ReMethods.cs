using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace GilGen.Runtime;

/// <summary>
/// The methods of <c>re.Pattern</c> and <c>re.Match</c>, and the searches, substitutions and splits the module's
/// functions share with them, as CPython 3.12's <c>_sre</c> does them.
/// </summary>
internal static class ReMethods
{
    private static PyRePattern SelfPattern(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is PyRePattern p ? p : throw PyErr.TypeError("descriptor requires a 're.Pattern' object");

    private static PyReMatch SelfMatch(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is PyReMatch m ? m : throw PyErr.TypeError("descriptor requires a 're.Match' object");

    internal enum Anchor { Search, Match, Full }

    /// <summary>search, match or fullmatch: a Match or None (new reference).</summary>
    internal static PyValue Find(ThreadState ts, PyRePattern p, PyValue subject, PyValue pos, PyValue endpos, Anchor anchor)
    {
        string text = p.SubjectText(subject);
        var (start, end) = PyRePattern.Bounds(pos, endpos, text.Length);
        string cut = end == text.Length ? text : text.Substring(0, end);
        var m = anchor switch
        {
            Anchor.Search => p.Search(cut, start),
            Anchor.Match => p.MatchAt(cut, start),
            _ => p.FullMatch(cut, start),
        };
        return m == null ? PyValue.None : PyValue.From(new PyReMatch(p, subject, text, m, start, end));
    }

    /// <summary>The matches of a run (finditer, findall) as .NET matches, with the text they were found in.</summary>
    private static IEnumerable<Match> Run(PyRePattern p, string cut, int start)
    {
        int at = start;
        bool mustAdvance = false;
        while (p.Next(cut, at, mustAdvance) is Match m)
        {
            yield return m;
            mustAdvance = m.Length == 0;
            at = m.Index + m.Length;
        }
    }

    private static PyValue FindAll(ThreadState ts, PyRePattern p, PyValue subject, PyValue pos, PyValue endpos)
    {
        string text = p.SubjectText(subject);
        var (start, end) = PyRePattern.Bounds(pos, endpos, text.Length);
        var list = new PyList();
        var result = PyValue.From(list);
        bool done = false;
        try
        {
            foreach (var m in Run(p, text.Substring(0, end), start))
            {
                var match = new PyReMatch(p, subject, text, m, start, end);
                try
                {
                    var empty = match.Slice(0, 0);
                    try
                    {
                        if (p.Groups == 0) list.Items.Add(match.GroupValue(0, empty));
                        else if (p.Groups == 1) list.Items.Add(match.GroupValue(1, empty));
                        else
                        {
                            var items = new PyValue[p.Groups];
                            for (int g = 0; g < items.Length; g++) items[g] = match.GroupValue(g + 1, empty);
                            list.Items.Add(PyValue.From(new PyTuple(items)));
                        }
                    }
                    finally { empty.DecRef(); }
                }
                finally { PyValue.From(match).DecRef(); }
            }
            done = true;
        }
        finally { if (!done) result.DecRef(); }
        return result;
    }

    /// <summary>The type of finditer's iterator (CPython's is a callable_iterator over a scanner).</summary>
    internal static readonly PyType FindIterType = new("callable_iterator", PyType.Object) { IsBaseType = false };

    private static PyValue FindIter(ThreadState ts, PyRePattern p, PyValue subject, PyValue pos, PyValue endpos)
    {
        string text = p.SubjectText(subject);
        var (start, end) = PyRePattern.Bounds(pos, endpos, text.Length);
        var owned = new[] { PyValue.From(p).NewRef(), subject.NewRef() };
        IEnumerable<PyValue> Body(NativeIteratorContext ctx)
        {
            foreach (var m in Run(p, text.Substring(0, end), start))
                yield return PyValue.From(new PyReMatch(p, owned[1], text, m, start, end));
        }
        return PyValue.From(new PyNativeIterator(FindIterType, owned, Body, it => $"<callable_iterator object at 0x{ObjectId.Of(it):x}>"));
    }

    private static PyValue Split(ThreadState ts, PyRePattern p, PyValue subject, PyValue maxsplitArg)
    {
        string text = p.SubjectText(subject);
        long maxsplit = 0;
        if (!maxsplitArg.IsUnbound && !Numbers.TryLong(maxsplitArg, out maxsplit))
            throw PyErr.TypeError($"'{maxsplitArg.Type.Name}' object cannot be interpreted as an integer");
        var list = new PyList();
        var result = PyValue.From(list);
        bool done = false;
        try
        {
            // A negative maxsplit splits nowhere (CPython's pattern_split).
            int last = 0, n = 0;
            if (maxsplit >= 0)
            {
                foreach (var m in Run(p, text, 0))
                {
                    if (maxsplit != 0 && n >= maxsplit) break;
                    var match = new PyReMatch(p, subject, text, m, 0, text.Length);
                    try
                    {
                        list.Items.Add(match.Slice(last, m.Index));
                        for (int g = 1; g <= p.Groups; g++) list.Items.Add(match.GroupValue(g, PyValue.None));
                    }
                    finally { PyValue.From(match).DecRef(); }
                    last = m.Index + m.Length;
                    n++;
                }
            }
            list.Items.Add(SliceOf(p, text, last, text.Length));
            done = true;
        }
        finally { if (!done) result.DecRef(); }
        return result;
    }

    private static PyValue SliceOf(PyRePattern p, string text, int start, int end)
    {
        if (!p.IsBytes) return PyValue.Str(text.Substring(start, end - start));
        var bytes = new byte[end - start];
        for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)text[start + i];
        return PyValue.From(new PyBytes(bytes));
    }

    // A replacement's text, or null for None (which adds nothing); a value of the wrong kind is the TypeError of
    // CPython's final join, which names its place among the pieces.
    private static string? ReplacementText(PyRePattern p, PyValue item, int index)
    {
        if (item.IsNone) return null;
        if (!p.IsBytes)
        {
            if (item.Obj is PyStr s) return s.Value;
            throw PyErr.TypeError($"sequence item {index}: expected str instance, {item.Type.Name} found");
        }
        return item.Obj switch
        {
            PyBytes b => Encoding.Latin1.GetString(b.Data),
            PyByteArray ba => Encoding.Latin1.GetString(ba.ToArray()),
            _ => throw PyErr.TypeError($"sequence item {index}: expected a bytes-like object, {item.Type.Name} found"),
        };
    }

    /// <summary>sub and subn: the new string, and with <paramref name="withCount"/> the (string, count) tuple.</summary>
    internal static PyValue Sub(ThreadState ts, PyRePattern p, PyValue repl, PyValue subject, PyValue countArg, bool withCount)
    {
        long count = 0;
        if (!countArg.IsUnbound && !Numbers.TryLong(countArg, out count))
            throw PyErr.TypeError($"'{countArg.Type.Name}' object cannot be interpreted as an integer");
        bool callable = repl.Obj is not (PyStr or PyBytes or PyByteArray) && BuiltinsModule.IsCallable(repl);
        ReTemplate? template = null;
        ReTemplate? otherKind = null;
        if (!callable)
        {
            string templateText = repl.Obj switch
            {
                PyStr s => s.Value,
                PyBytes b => Encoding.Latin1.GetString(b.Data),
                PyByteArray ba => Encoding.Latin1.GetString(ba.ToArray()),
                _ => throw PyErr.TypeError(p.IsBytes
                    ? $"expected a bytes-like object, {repl.Type.Name} found"
                    : $"decoding to str: need a bytes-like object, {repl.Type.Name} found"),
            };
            // A template of the other kind is used as it is, and fails in the join as CPython's does.
            bool sameKind = (repl.Obj is PyStr) != p.IsBytes;
            if (templateText.Contains('\\'))
            {
                template = ReTemplate.Parse(ts, templateText, repl.Obj is PyStr, p, repl);
                if (!sameKind)
                {
                    // Used only once a match needs it, as CPython's join fails only then.
                    otherKind = template;
                    template = null;
                }
            }
        }
        string text = p.SubjectText(subject);
        var sb = new StringBuilder();
        int last = 0, n = 0, pieces = 0;
        if (count >= 0)
        {
            foreach (var m in Run(p, text, 0))
            {
                if (count != 0 && n >= count) break;
                if (m.Index > last) { sb.Append(text, last, m.Index - last); pieces++; }
                string? replacement;
                if (callable)
                {
                    var match = PyValue.From(new PyReMatch(p, subject, text, m, 0, text.Length));
                    PyValue item;
                    try { item = Ops.Call(ts, repl, new[] { match }, null); }
                    finally { match.DecRef(); }
                    try { replacement = ReplacementText(p, item, pieces); }
                    finally { item.DecRef(); }
                }
                else if (template != null)
                {
                    var match = new PyReMatch(p, subject, text, m, 0, text.Length);
                    try { replacement = template.Expand(match); }
                    finally { PyValue.From(match).DecRef(); }
                }
                else if (otherKind?.KindMismatch(repl.Obj is PyStr) is PyException mismatch) throw mismatch;
                else replacement = ReplacementText(p, repl, pieces);
                if (replacement != null) { sb.Append(replacement); pieces++; }
                last = m.Index + m.Length;
                n++;
            }
        }
        sb.Append(text, last, text.Length - last);
        var str = SliceOf(p, sb.ToString(), 0, sb.Length);
        if (!withCount) return str;
        return PyValue.From(new PyTuple(new[] { str, PyValue.Int(n) }));
    }

    /// <summary>Match.expand(template) and the str or bytes it gives.</summary>
    private static PyValue Expand(ThreadState ts, PyReMatch m, PyValue templateValue)
    {
        string text = templateValue.Obj switch
        {
            PyStr s => s.Value,
            PyBytes b => Encoding.Latin1.GetString(b.Data),
            _ => throw PyErr.TypeError(m.Pattern.IsBytes
                ? $"expected a bytes-like object, {templateValue.Type.Name} found"
                : $"expected str instance, {templateValue.Type.Name} found"),
        };
        bool templateIsText = templateValue.Obj is PyStr;
        var template = ReTemplate.Parse(ts, text, templateIsText, m.Pattern, templateValue);
        if (templateIsText == m.Pattern.IsBytes)
        {
            // A template of the other kind: its literal text when it names no group (CPython's join of its pieces).
            if (template.KindMismatch(templateIsText) is PyException mismatch) throw mismatch;
            string literal = template.Expand(m);
            return templateIsText ? PyValue.Str(literal) : PyValue.From(new PyBytes(Encoding.Latin1.GetBytes(literal)));
        }
        string result = template.Expand(m);
        return SliceOf(m.Pattern, result, 0, result.Length);
    }

    private static readonly string[] SearchArgs = { "string", "pos", "endpos" };

    internal static void AddPatternMethods(PyType t)
    {
        // re.Pattern[str] and re.Match[bytes] are generic aliases, as in CPython.
        PyGenericAlias.InstallClassGetItem(t);
        t.AddMethod("search", (ts, a, kw) =>
        {
            var x = CallArguments.Bind("search", a, kw, SearchArgs, 1, skip: 1);
            return Find(ts, SelfPattern(a), x[0], x[1], x[2], Anchor.Search);
        });
        t.AddMethod("match", (ts, a, kw) =>
        {
            var x = CallArguments.Bind("match", a, kw, SearchArgs, 1, skip: 1);
            return Find(ts, SelfPattern(a), x[0], x[1], x[2], Anchor.Match);
        });
        t.AddMethod("fullmatch", (ts, a, kw) =>
        {
            var x = CallArguments.Bind("fullmatch", a, kw, SearchArgs, 1, skip: 1);
            return Find(ts, SelfPattern(a), x[0], x[1], x[2], Anchor.Full);
        });
        t.AddMethod("findall", (ts, a, kw) =>
        {
            var x = CallArguments.Bind("findall", a, kw, SearchArgs, 1, skip: 1);
            return FindAll(ts, SelfPattern(a), x[0], x[1], x[2]);
        });
        t.AddMethod("finditer", (ts, a, kw) =>
        {
            var x = CallArguments.Bind("finditer", a, kw, SearchArgs, 1, skip: 1);
            return FindIter(ts, SelfPattern(a), x[0], x[1], x[2]);
        });
        t.AddMethod("split", (ts, a, kw) =>
        {
            var x = CallArguments.Bind("split", a, kw, new[] { "string", "maxsplit" }, 1, skip: 1);
            return Split(ts, SelfPattern(a), x[0], x[1]);
        });
        t.AddMethod("sub", (ts, a, kw) =>
        {
            var x = CallArguments.Bind("sub", a, kw, new[] { "repl", "string", "count" }, 2, skip: 1);
            return Sub(ts, SelfPattern(a), x[0], x[1], x[2], false);
        });
        t.AddMethod("subn", (ts, a, kw) =>
        {
            var x = CallArguments.Bind("subn", a, kw, new[] { "repl", "string", "count" }, 2, skip: 1);
            return Sub(ts, SelfPattern(a), x[0], x[1], x[2], true);
        });
        t.AddMethod("__copy__", (ts, a, kw) =>
        {
            CallArguments.Bind("__copy__", a, kw, Array.Empty<string>(), 0, skip: 1);
            return PyValue.From(SelfPattern(a)).NewRef();
        });
        t.AddMethod("__deepcopy__", (ts, a, kw) =>
        {
            CallArguments.Bind("__deepcopy__", a, kw, new[] { "memo" }, 1, skip: 1);
            return PyValue.From(SelfPattern(a)).NewRef();
        });
    }

    /// <summary>The numbers of the groups a call names: group 0 when none.</summary>
    private static int[] GroupArgs(PyReMatch m, ReadOnlySpan<PyValue> a)
    {
        var groups = new int[Math.Max(a.Length - 1, 1)];
        for (int i = 1; i < a.Length; i++) groups[i - 1] = m.GroupNumber(a[i]);
        return groups;
    }

    private static int OneGroup(string name, PyReMatch m, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        var x = CallArguments.Bind(name, a, kw, new[] { "group" }, 0, skip: 1);
        return x[0].IsUnbound ? 0 : m.GroupNumber(x[0]);
    }

    internal static void AddMatchMethods(PyType t)
    {
        // re.Pattern[str] and re.Match[bytes] are generic aliases, as in CPython.
        PyGenericAlias.InstallClassGetItem(t);
        t.AddMethod("group", (ts, a, kw) =>
        {
            if (kw is { Length: > 0 }) throw PyErr.TypeError("group() takes no keyword arguments");
            var m = SelfMatch(a);
            var groups = GroupArgs(m, a);
            if (a.Length <= 2) return m.GroupValue(groups[0], PyValue.None);
            var items = new PyValue[groups.Length];
            for (int i = 0; i < items.Length; i++) items[i] = m.GroupValue(groups[i], PyValue.None);
            return PyValue.From(new PyTuple(items));
        });
        t.AddMethod("__getitem__", (ts, a, kw) =>
        {
            var x = CallArguments.Bind("__getitem__", a, kw, new[] { "key" }, 1, skip: 1);
            var m = SelfMatch(a);
            return m.GroupValue(m.GroupNumber(x[0]), PyValue.None);
        });
        t.AddMethod("groups", (ts, a, kw) =>
        {
            var x = CallArguments.Bind("groups", a, kw, new[] { "default" }, 0, skip: 1);
            var m = SelfMatch(a);
            var dflt = x[0].IsUnbound ? PyValue.None : x[0];
            var items = new PyValue[m.Pattern.Groups];
            for (int g = 0; g < items.Length; g++) items[g] = m.GroupValue(g + 1, dflt);
            return PyValue.From(new PyTuple(items));
        });
        t.AddMethod("groupdict", (ts, a, kw) =>
        {
            var x = CallArguments.Bind("groupdict", a, kw, new[] { "default" }, 0, skip: 1);
            var m = SelfMatch(a);
            var dflt = x[0].IsUnbound ? PyValue.None : x[0];
            var d = new PyDict();
            foreach (var (name, number) in m.Pattern.GroupNamesInOrder())
            {
                var k = PyValue.Str(name);
                var v = m.GroupValue(number, dflt);
                d.Set(ts, k, v);
                k.DecRef();
                v.DecRef();
            }
            return PyValue.From(d);
        });
        t.AddMethod("start", (ts, a, kw) =>
        {
            var m = SelfMatch(a);
            return PyValue.Int(m.Span(OneGroup("start", m, a, kw)).Start);
        });
        t.AddMethod("end", (ts, a, kw) =>
        {
            var m = SelfMatch(a);
            return PyValue.Int(m.Span(OneGroup("end", m, a, kw)).End);
        });
        t.AddMethod("span", (ts, a, kw) =>
        {
            var m = SelfMatch(a);
            var (start, end) = m.Span(OneGroup("span", m, a, kw));
            return PyValue.From(new PyTuple(new[] { PyValue.Int(start), PyValue.Int(end) }));
        });
        t.AddMethod("expand", (ts, a, kw) =>
        {
            var x = CallArguments.Bind("expand", a, kw, new[] { "template" }, 1, skip: 1);
            return Expand(ts, SelfMatch(a), x[0]);
        });
        t.AddMethod("__copy__", (ts, a, kw) =>
        {
            CallArguments.Bind("__copy__", a, kw, Array.Empty<string>(), 0, skip: 1);
            return PyValue.From(SelfMatch(a)).NewRef();
        });
        t.AddMethod("__deepcopy__", (ts, a, kw) =>
        {
            CallArguments.Bind("__deepcopy__", a, kw, new[] { "memo" }, 1, skip: 1);
            return PyValue.From(SelfMatch(a)).NewRef();
        });
    }
}
