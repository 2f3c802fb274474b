using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace GilGen.Runtime;

public static partial class StrMethods
{
    /// <summary>removeprefix/removesuffix, istitle, isascii, isprintable, expandtabs, format_map, maketrans and translate.</summary>
    private static void InstallTextMethods(PyType t)
    {
        t.AddMethod("removeprefix", (ts, a, kw) =>
        {
            string s = Self(a), prefix = AffixArgument(a, kw, "removeprefix");
            return s.StartsWith(prefix, StringComparison.Ordinal) ? PyValue.Str(s.Substring(prefix.Length)) : a[0].NewRef();
        });
        t.AddMethod("removesuffix", (ts, a, kw) =>
        {
            string s = Self(a), suffix = AffixArgument(a, kw, "removesuffix");
            return suffix.Length > 0 && s.EndsWith(suffix, StringComparison.Ordinal) ? PyValue.Str(s.Substring(0, s.Length - suffix.Length)) : a[0].NewRef();
        });
        t.AddMethod("istitle", (ts, a, kw) => PyValue.Bool(IsTitle(Self(a))));
        t.AddMethod("isascii", (ts, a, kw) =>
        {
            foreach (char c in Self(a)) if (c > 127) return PyValue.False;
            return PyValue.True;
        });
        t.AddMethod("isprintable", (ts, a, kw) =>
        {
            foreach (char c in Self(a)) if (!IsPrintable(c)) return PyValue.False;
            return PyValue.True;
        });
        t.AddMethod("expandtabs", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("expandtabs", a.Slice(1), kw).OnlyKeywords("tabsize").Expect(0, 1);
            return PyValue.Str(ExpandTabs(Self(a), args.GetLong(0, "tabsize", 8)));
        });
        t.AddMethod("format_map", (ts, a, kw) =>
        {
            new BuiltinArguments("format_map", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            // Exactly a dict with str keys formats as format(**mapping); mappings that compute missing keys need lookups on demand.
            if (a[1].Obj is not PyDict d || !ReferenceEquals(a[1].Type, PyType.Dict_))
                throw PyErr.NotImplementedError($"GilGen does not support str.format_map with a '{a[1].Type.Name}' mapping yet (a dict works)");
            var names = new List<string>();
            var values = new List<PyValue>();
            foreach (var (k, v) in d.Table.Entries())
            {
                if (k.Obj is not PyStr ks) continue;
                names.Add(ks.Value);
                values.Add(v);
            }
            return PyValue.Str(StrFormat.Format(ts, Self(a), values.ToArray(), names.ToArray()));
        });
        t.AddMethod("translate", (ts, a, kw) =>
        {
            new BuiltinArguments("translate", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            return PyValue.Str(Translate(ts, Self(a), a[1]));
        });
        var maketrans = PyValue.From(new PyBuiltinFunction("maketrans", (ts, a, kw) => MakeTrans(ts, a, kw)));
        t.Dict["maketrans"] = PyValue.From(new PyStaticMethod(maketrans));
        t.Modified();
    }

    private static string AffixArgument(ReadOnlySpan<PyValue> a, string[]? kw, string name)
    {
        new BuiltinArguments(name, a.Slice(1), kw).NoKeywords().Expect(1, 1);
        // CPython's _PyArg_BadArgument names None as "None", not "NoneType".
        return a[1].Obj is PyStr p ? p.Value : throw PyErr.TypeError($"{name}() argument must be str, not {(a[1].IsNone ? "None" : a[1].Type.Name)}");
    }

    /// <summary>str.istitle: uppercase and titlecase letters only after uncased characters, lowercase only after cased ones, and at least one cased.</summary>
    private static bool IsTitle(string s)
    {
        bool cased = false, previousCased = false;
        foreach (char c in s)
        {
            if (char.IsUpper(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter)
            {
                if (previousCased) return false;
                previousCased = cased = true;
            }
            else if (char.IsLower(c))
            {
                if (!previousCased) return false;
                previousCased = cased = true;
            }
            else previousCased = false;
        }
        return cased;
    }

    /// <summary>str.isprintable: not a control, format, surrogate, private-use, unassigned or separator character other than the space.</summary>
    private static bool IsPrintable(char c)
    {
        if (c == ' ') return true;
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control: case UnicodeCategory.Format: case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse: case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator: case UnicodeCategory.ParagraphSeparator: case UnicodeCategory.SpaceSeparator:
                return false;
            default:
                return true;
        }
    }

    /// <summary>str.expandtabs: tabs to spaces up to the next multiple of <paramref name="tabsize"/>, columns restarting after \n and \r.</summary>
    public static string ExpandTabs(string s, long tabsize)
    {
        var sb = new StringBuilder();
        long column = 0;
        foreach (char c in s)
        {
            if (c == '\t')
            {
                if (tabsize > 0)
                {
                    long spaces = tabsize - column % tabsize;
                    sb.Append(' ', (int)spaces);
                    column += spaces;
                }
            }
            else
            {
                sb.Append(c);
                column = c is '\n' or '\r' ? 0 : column + 1;
            }
        }
        return sb.ToString();
    }

    /// <summary>str.translate: each character looked up in <paramref name="table"/> by its code point; LookupError keeps it.</summary>
    private static string Translate(ThreadState ts, string s, PyValue table)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            PyValue mapped;
            try { mapped = Ops.GetItem(ts, table, PyValue.Int(c)); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.LookupError))
            {
                e.Value.DecRef();
                sb.Append(c);
                continue;
            }
            try
            {
                if (mapped.IsNone) continue;
                if (mapped.Obj is PyStr ms) { sb.Append(ms.Value); continue; }
                if (Numbers.TryLong(mapped, out long code) && mapped.Obj is not PyFloat)
                {
                    if (code < 0 || code > 0x10FFFF) throw PyErr.ValueError("character mapping must be in range(0x110000)");
                    sb.Append(char.ConvertFromUtf32((int)code));
                    continue;
                }
                throw PyErr.TypeError("character mapping must return integer, None or str");
            }
            finally { mapped.DecRef(); }
        }
        return sb.ToString();
    }

    /// <summary>str.maketrans(x[, y[, z]]): the dict of code points translate reads.</summary>
    private static PyValue MakeTrans(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        var args = new BuiltinArguments("maketrans", a, kw).NoKeywords().Expect(1, 3);
        var table = new PyDict();
        var result = PyValue.From(table);
        try
        {
            if (args.Count == 1)
            {
                if (a[0].Obj is not PyDict source) throw PyErr.TypeError("if you give only one argument to maketrans it must be a dict");
                foreach (var (k, v) in source.Table.Entries())
                {
                    PyValue key;
                    if (k.Obj is PyStr ks)
                    {
                        if (ks.Value.Length != 1) throw PyErr.ValueError("string keys in translate table must be of length 1");
                        key = PyValue.Int(ks.Value[0]);
                    }
                    else if (Numbers.TryLong(k, out long code) && k.Obj is not PyFloat) key = PyValue.Int(code);
                    else throw PyErr.TypeError("keys in translate table must be strings or integers");
                    table.Set(ts, key, v);
                    key.DecRef();
                }
                return result;
            }
            if (a[0].Obj is not PyStr x) throw PyErr.TypeError($"maketrans() argument 1 must be str, not {a[0].Type.Name}");
            if (a[1].Obj is not PyStr y) throw PyErr.TypeError($"maketrans() argument 2 must be str, not {a[1].Type.Name}");
            if (x.Value.Length != y.Value.Length) throw PyErr.ValueError("the first two maketrans arguments must have equal length");
            for (int i = 0; i < x.Value.Length; i++) table.Set(ts, PyValue.Int(x.Value[i]), PyValue.Int(y.Value[i]));
            if (args.Count == 3)
            {
                if (a[2].Obj is not PyStr z) throw PyErr.TypeError($"maketrans() argument 3 must be str, not {a[2].Type.Name}");
                foreach (char c in z.Value) table.Set(ts, PyValue.Int(c), PyValue.None);
            }
            return result;
        }
        catch
        {
            result.DecRef();
            throw;
        }
    }
}
