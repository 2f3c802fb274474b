using System;
using System.Globalization;
using System.Text;

namespace GilGen.Runtime;

/// <summary>The str predicates and layout methods that CPython defines by Unicode category: isascii, isprintable, istitle, expandtabs, removeprefix, removesuffix.</summary>
public static partial class StrMethods
{
    private static void InstallClassification(PyType t)
    {
        t.AddMethod("isascii", (ts, a, kw) =>
        {
            new BuiltinArguments("isascii", a.Slice(1), kw).NoKeywords().Expect(0, 0);
            foreach (char c in Self(a)) if (c > '\x7f') return PyValue.False;
            return PyValue.True;
        });
        t.AddMethod("isprintable", (ts, a, kw) =>
        {
            new BuiltinArguments("isprintable", a.Slice(1), kw).NoKeywords().Expect(0, 0);
            string s = Self(a);
            for (int i = 0; i < s.Length; i++)
            {
                if (!IsPrintable(CharUnicodeInfo.GetUnicodeCategory(s, i), s[i])) return PyValue.False;
                if (char.IsSurrogatePair(s, i)) i++;
            }
            return PyValue.True;
        });
        t.AddMethod("istitle", (ts, a, kw) =>
        {
            new BuiltinArguments("istitle", a.Slice(1), kw).NoKeywords().Expect(0, 0);
            // CPython: an upper- or titlecase letter may only follow an uncased character, a lowercase one only a cased one.
            bool cased = false, previousCased = false;
            foreach (char c in Self(a))
            {
                if (char.IsUpper(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter)
                {
                    if (previousCased) return PyValue.False;
                    previousCased = cased = true;
                }
                else if (char.IsLower(c))
                {
                    if (!previousCased) return PyValue.False;
                    previousCased = cased = true;
                }
                else previousCased = false;
            }
            return PyValue.Bool(cased);
        });
        t.AddMethod("expandtabs", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("expandtabs", a.Slice(1), kw).OnlyKeywords("tabsize").Expect(0, 1);
            long tabsize = args.GetLong(0, "tabsize", 8);
            var sb = new StringBuilder();
            long column = 0;
            foreach (char c in Self(a))
            {
                if (c == '\t')
                {
                    if (tabsize <= 0) continue;
                    long spaces = tabsize - column % tabsize;
                    sb.Append(' ', (int)spaces);
                    column += spaces;
                }
                else
                {
                    sb.Append(c);
                    column = c == '\n' || c == '\r' ? 0 : column + 1;
                }
            }
            return PyValue.Str(sb.ToString());
        });
        t.AddMethod("removeprefix", (ts, a, kw) =>
        {
            new BuiltinArguments("removeprefix", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            string s = Self(a), prefix = AffixArgument(a[1], "removeprefix");
            return s.StartsWith(prefix, StringComparison.Ordinal) && prefix.Length > 0 ? PyValue.Str(s.Substring(prefix.Length)) : a[0].NewRef();
        });
        t.AddMethod("removesuffix", (ts, a, kw) =>
        {
            new BuiltinArguments("removesuffix", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            string s = Self(a), suffix = AffixArgument(a[1], "removesuffix");
            return s.EndsWith(suffix, StringComparison.Ordinal) && suffix.Length > 0 ? PyValue.Str(s.Substring(0, s.Length - suffix.Length)) : a[0].NewRef();
        });
    }

    private static string AffixArgument(PyValue v, string method) =>
        // CPython's _PyArg_BadArgument names None as "None", not "NoneType".
        v.Obj is PyStr s ? s.Value : throw PyErr.TypeError($"{method}() argument must be str, not {(v.IsNone ? "None" : v.Type.Name)}");

    // CPython's Py_UNICODE_ISPRINTABLE: everything but the Other and Separator categories, except the ASCII space.
    internal static bool IsPrintable(UnicodeCategory category, char c) => c == ' ' || category switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.SpaceSeparator => false,
        _ => true,
    };
}
