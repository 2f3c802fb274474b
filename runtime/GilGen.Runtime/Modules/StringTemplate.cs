using System;
using System.Collections.Generic;
using System.Text;

namespace GilGen.Runtime;

/// <summary>
/// string.Template: a class (subclassable in Python, with its own <c>delimiter</c>) whose substitute,
/// safe_substitute, get_identifiers and is_valid scan the template as CPython's pattern does:
/// <c>$$</c>, <c>$name</c>, <c>${name}</c> (ASCII identifiers, any case), anything else an invalid
/// placeholder reported by line and column. A subclass with its own <c>idpattern</c>, <c>braceidpattern</c>,
/// <c>flags</c> or <c>pattern</c> needs regular expressions and is refused with NotImplementedError.
/// </summary>
public static class StringTemplate
{
    private const string IdPattern = "(?a:[_a-z][_a-z0-9]*)";
    private static readonly PyDict NoMapping = MakeNoMapping();

    private static PyDict MakeNoMapping()
    {
        var d = new PyDict();
        d.MakeImmortal();
        return d;
    }

    private enum Kind { Escaped, Named, Invalid }

    private readonly record struct Placeholder(Kind Kind, int Start, int End, string? Name, int InvalidAt);

    /// <summary>The class string.Template, made for <paramref name="module"/> (new reference).</summary>
    public static PyType CreateClass(ThreadState ts, PyModule module)
    {
        var ns = new PyDict();
        void Put(string name, PyValue v)
        {
            var key = PyValue.Str(name);
            ns.Set(ts, key, v);
            key.DecRef();
            v.DecRef();
        }
        Put("__module__", PyValue.Str("string"));
        Put("__doc__", PyValue.Str("A string class for supporting $-substitutions."));
        Put("delimiter", PyValue.Str("$"));
        Put("idpattern", PyValue.Str(IdPattern));
        Put("braceidpattern", PyValue.None);
        Put("flags", PyValue.Int(2));  // re.IGNORECASE
        Put("__init__", PyValue.From(NativeFunction.Create(module, "Template.__init__", new[] { "self", "template" }, (ts2, p) =>
        {
            Ops.SetAttr(ts2, p[0], "template", p[1]);
            return PyValue.None;
        })));
        Put("substitute", PyValue.From(NativeFunction.Create(module, "Template.substitute", new[] { "self", "mapping" },
            (ts2, p) => PyValue.Str(Substitute(ts2, p[0], p[1], (PyDict)p[2].Obj!, safe: false)),
            new[] { PyValue.From(NoMapping) }, varKw: true, posOnly: 2)));
        Put("safe_substitute", PyValue.From(NativeFunction.Create(module, "Template.safe_substitute", new[] { "self", "mapping" },
            (ts2, p) => PyValue.Str(Substitute(ts2, p[0], p[1], (PyDict)p[2].Obj!, safe: true)),
            new[] { PyValue.From(NoMapping) }, varKw: true, posOnly: 2)));
        Put("get_identifiers", PyValue.From(NativeFunction.Create(module, "Template.get_identifiers", new[] { "self" }, (ts2, p) =>
        {
            var ids = new PyValueList();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var ph in Scan(ts2, p[0], out _))
                if (ph.Kind == Kind.Named && seen.Add(ph.Name!)) ids.Add(PyValue.Str(ph.Name!));
            return PyValue.From(new PyList(ids));
        })));
        Put("is_valid", PyValue.From(NativeFunction.Create(module, "Template.is_valid", new[] { "self" }, (ts2, p) =>
        {
            foreach (var ph in Scan(ts2, p[0], out _)) if (ph.Kind == Kind.Invalid) return PyValue.False;
            return PyValue.True;
        })));
        try { return PyType.CreateHeapType(ts, "Template", ReadOnlySpan<PyValue>.Empty, ns, ReadOnlySpan<PyValue>.Empty, null); }
        finally { PyValue.From(ns).DecRef(); }
    }

    private static string Substitute(ThreadState ts, PyValue self, PyValue mapping, PyDict kws, bool safe)
    {
        var placeholders = Scan(ts, self, out string text);
        var sb = new StringBuilder();
        int at = 0;
        foreach (var ph in placeholders)
        {
            sb.Append(text, at, ph.Start - at);
            at = ph.End;
            switch (ph.Kind)
            {
                case Kind.Escaped:
                    sb.Append(text, ph.Start, (ph.End - ph.Start) / 2);
                    break;
                case Kind.Named:
                    var key = PyValue.Str(ph.Name!);
                    try
                    {
                        if (Lookup(ts, mapping, kws, key, safe) is PyValue v)
                        {
                            try { sb.Append(Ops.StrOf(ts, v)); }
                            finally { v.DecRef(); }
                        }
                        else sb.Append(text, ph.Start, ph.End - ph.Start);
                    }
                    finally { key.DecRef(); }
                    break;
                default:
                    if (!safe) throw InvalidPlaceholder(text, ph.InvalidAt);
                    sb.Append(text, ph.Start, ph.End - ph.Start);
                    break;
            }
        }
        sb.Append(text, at, text.Length - at);
        return sb.ToString();
    }

    /// <summary>kws, then mapping (ChainMap(kws, mapping)); null when missing and <paramref name="safe"/>, else the KeyError.</summary>
    private static PyValue? Lookup(ThreadState ts, PyValue mapping, PyDict kws, PyValue key, bool safe)
    {
        if (kws.TryGet(ts, key, out var fromKw)) return fromKw.NewRef();
        if (!safe) return Ops.GetItem(ts, mapping, key);
        try { return Ops.GetItem(ts, mapping, key); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.KeyError)) { e.Value.DecRef(); return null; }
    }

    private static PyException InvalidPlaceholder(string text, int i)
    {
        // As Template._invalid: line and column of the character after the delimiter, from splitlines(keepends=True).
        int lineno = 1, lineStart = 0;
        for (int k = 0; k < i; k++)
        {
            char c = text[k];
            bool newline = c == '\n' || (c == '\r' && !(k + 1 < i && text[k + 1] == '\n')) || c is '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';
            if (newline && k + 1 < i) { lineno++; lineStart = k + 1; }
        }
        int colno = i == 0 ? 1 : i - lineStart;
        return PyErr.ValueError($"Invalid placeholder in string: line {lineno}, col {colno}");
    }

    private static List<Placeholder> Scan(ThreadState ts, PyValue self, out string text)
    {
        var type = self.Type;
        if (type.Lookup("pattern") is not null || !IsDefault(type, "idpattern", IdPattern) || !IsDefault(type, "braceidpattern", null)
            || type.Lookup("flags") is not PyValue { IsInt: true, IntValue: 2 })
            throw PyErr.NotImplementedError("GilGen does not support string.Template subclasses with their own pattern, idpattern, braceidpattern or flags yet");
        var delimiterValue = Ops.GetAttr(ts, self, "delimiter");
        string delimiter;
        try { delimiter = delimiterValue.Obj is PyStr ds ? ds.Value : throw PyErr.TypeError("first argument must be string or compiled pattern"); }
        finally { delimiterValue.DecRef(); }
        var templateValue = Ops.GetAttr(ts, self, "template");
        try { text = templateValue.Obj is PyStr ts2 ? ts2.Value : throw PyErr.TypeError($"expected string or bytes-like object, got '{templateValue.Type.Name}'"); }
        finally { templateValue.DecRef(); }
        var found = new List<Placeholder>();
        if (delimiter.Length == 0) return found;
        int i = 0;
        while ((i = text.IndexOf(delimiter, i, StringComparison.Ordinal)) >= 0)
        {
            int after = i + delimiter.Length;
            if (string.CompareOrdinal(text, after, delimiter, 0, delimiter.Length) == 0)
            {
                found.Add(new Placeholder(Kind.Escaped, i, after + delimiter.Length, null, 0));
                i = after + delimiter.Length;
                continue;
            }
            int idEnd = IdentifierEnd(text, after);
            if (idEnd > after)
            {
                found.Add(new Placeholder(Kind.Named, i, idEnd, text.Substring(after, idEnd - after), 0));
                i = idEnd;
                continue;
            }
            if (after < text.Length && text[after] == '{')
            {
                int braced = IdentifierEnd(text, after + 1);
                if (braced > after + 1 && braced < text.Length && text[braced] == '}')
                {
                    found.Add(new Placeholder(Kind.Named, i, braced + 1, text.Substring(after + 1, braced - after - 1), 0));
                    i = braced + 1;
                    continue;
                }
            }
            found.Add(new Placeholder(Kind.Invalid, i, after, null, after));
            i = after;
        }
        return found;
    }

    private static bool IsDefault(PyType type, string name, string? expected) =>
        type.Lookup(name) is PyValue v && (expected == null ? v.IsNone : v.Obj is PyStr s && s.Value == expected);

    /// <summary>The end of an ASCII identifier starting at <paramref name="start"/> (start itself when there is none).</summary>
    private static int IdentifierEnd(string text, int start)
    {
        static bool IsStart(char c) => c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (start >= text.Length || !IsStart(text[start])) return start;
        int k = start + 1;
        while (k < text.Length && (IsStart(text[k]) || (text[k] >= '0' && text[k] <= '9'))) k++;
        return k;
    }
}
