using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Text;

namespace GilGen.Runtime;

/// <summary>Methods of str.</summary>
public static partial class StrMethods
{
    private static string Self(ReadOnlySpan<PyValue> a) => ((PyStr)a[0].Obj!).Value;

    /// <summary>
    /// sep.join(items) over strs: the length first, then the text written once into a string of that length (a
    /// StringBuilder copied its chunks a second time).
    /// </summary>
    private static string Join(string sep, ReadOnlySpan<PyValue> items)
    {
        if (items.Length == 0) return "";
        long length = (long)sep.Length * (items.Length - 1);
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i].Obj is not PyStr s) throw PyErr.TypeError($"sequence item {i}: expected str instance, {items[i].Type.Name} found");
            length += s.Value.Length;
        }
        if (length > int.MaxValue) throw PyErr.OverflowError("join() result is too long for a Python string");
        if (items.Length == 1) return ((PyStr)items[0].Obj!).Value;
        return string.Create((int)length, new JoinParts(sep, items), static (chars, parts) =>
        {
            int at = 0;
            for (int i = 0; i < parts.Items.Length; i++)
            {
                if (i > 0) { parts.Separator.CopyTo(chars.Slice(at)); at += parts.Separator.Length; }
                string part = ((PyStr)parts.Items[i].Obj!).Value;
                part.CopyTo(chars.Slice(at));
                at += part.Length;
            }
        });
    }

    private readonly ref struct JoinParts(string separator, ReadOnlySpan<PyValue> items)
    {
        public readonly string Separator = separator;
        public readonly ReadOnlySpan<PyValue> Items = items;
    }

    private static string ArgStr(ReadOnlySpan<PyValue> a, int i, string method)
    {
        if (a[i].Obj is PyStr s) return s.Value;
        throw PyErr.TypeError($"must be str, not {a[i].Type.Name}");
    }

    private static bool IsPySpace(char c) => char.IsWhiteSpace(c) || (c >= '\x1c' && c <= '\x1f');

    /// <summary>Installs the methods on <paramref name="t"/>.</summary>
    public static void Install(PyType t)
    {
        t.AddMethod("join", (ts, a, kw) =>
        {
            new BuiltinArguments("join", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            // As CPython's PySequence_Fast: an exact list or tuple is read in place, anything else copied first.
            if (a[1].Obj is PyTuple tuple && tuple.GetType() == typeof(PyTuple)) return PyValue.Str(Join(Self(a), tuple.Items));
            if (a[1].Obj is PyList list && list.GetType() == typeof(PyList))
            {
                // No Python code runs while the items are read, so the list cannot change under the join (the lock is
                // for a process without a GIL).
                using (FreeThreading.Lock(list)) return PyValue.Str(Join(Self(a), list.Items.AsSpan()));
            }
            var items = Ops.ToList(ts, a[1]);
            try { return PyValue.Str(Join(Self(a), items.AsSpan())); }
            finally { foreach (var v in items) v.DecRef(); }
        });
        t.AddMethod("split", (ts, a, kw) => Split(ts, a, kw, fromRight: false));
        t.AddMethod("rsplit", (ts, a, kw) => Split(ts, a, kw, fromRight: true));
        t.AddMethod("splitlines", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("splitlines", a.Slice(1), kw).OnlyKeywords("keepends");
            bool keep = args.Get(0, "keepends") is PyValue k && Ops.IsTrue(ts, k);
            var list = new PyValueList();
            string s = Self(a);
            int start = 0;
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] != '\n' && s[i] != '\r') continue;
                int end = i;
                if (s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n') i++;
                list.Add(PyValue.Str(s.Substring(start, (keep ? i + 1 : end) - start)));
                start = i + 1;
            }
            if (start < s.Length) list.Add(PyValue.Str(s.Substring(start)));
            return PyValue.From(new PyList(list));
        });
        t.AddMethod("strip", (ts, a, kw) => Strip(a, kw, "strip", true, true));
        t.AddMethod("lstrip", (ts, a, kw) => Strip(a, kw, "lstrip", true, false));
        t.AddMethod("rstrip", (ts, a, kw) => Strip(a, kw, "rstrip", false, true));
        t.AddMethod("upper", (ts, a, kw) => PyValue.Str(Self(a).ToUpperInvariant()));
        t.AddMethod("lower", (ts, a, kw) => PyValue.Str(Self(a).ToLowerInvariant()));
        // Full case folding differs from lower() for a few letters; these are the ones Unicode folds to several.
        t.AddMethod("casefold", (ts, a, kw) => PyValue.Str(Self(a).ToLowerInvariant().Replace("ß", "ss").Replace("ſ", "s").Replace("ﬁ", "fi").Replace("ﬂ", "fl")));
        t.AddMethod("swapcase", (ts, a, kw) =>
        {
            var sb = new StringBuilder();
            foreach (char c in Self(a)) sb.Append(char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c));
            return PyValue.Str(sb.ToString());
        });
        t.AddMethod("capitalize", (ts, a, kw) =>
        {
            string s = Self(a);
            return PyValue.Str(s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1).ToLowerInvariant());
        });
        t.AddMethod("title", (ts, a, kw) =>
        {
            var sb = new StringBuilder();
            bool prevCased = false;
            foreach (char c in Self(a))
            {
                sb.Append(prevCased ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c));
                prevCased = char.IsLetter(c);
            }
            return PyValue.Str(sb.ToString());
        });
        t.AddMethod("replace", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("replace", a.Slice(1), kw).NoKeywords().Expect(2, 3);
            string s = Self(a), old = ArgStr(a, 1, "replace"), @new = ArgStr(a, 2, "replace");
            long count = args.GetLong(2, null, -1);
            if (count < 0) return PyValue.Str(old.Length == 0 ? InsertEverywhere(s, @new, int.MaxValue) : s.Replace(old, @new, StringComparison.Ordinal));
            if (old.Length == 0) return PyValue.Str(InsertEverywhere(s, @new, count));
            var sb = new StringBuilder();
            int pos = 0;
            for (long n = 0; n < count; n++)
            {
                int i = s.IndexOf(old, pos, StringComparison.Ordinal);
                if (i < 0) break;
                sb.Append(s, pos, i - pos).Append(@new);
                pos = i + old.Length;
            }
            return PyValue.Str(sb.Append(s, pos, s.Length - pos).ToString());
        });
        t.AddMethod("startswith", (ts, a, kw) => Affix(ts, a, kw, "startswith", static (s, p) => s.StartsWith(p, StringComparison.Ordinal)));
        t.AddMethod("endswith", (ts, a, kw) => Affix(ts, a, kw, "endswith", static (s, p) => s.EndsWith(p, StringComparison.Ordinal)));
        t.AddMethod("find", (ts, a, kw) => PyValue.Int(Find(a, kw, "find", false)));
        t.AddMethod("rfind", (ts, a, kw) => PyValue.Int(Find(a, kw, "rfind", true)));
        t.AddMethod("index", (ts, a, kw) =>
        {
            long i = Find(a, kw, "index", false);
            if (i < 0) throw PyErr.ValueError("substring not found");
            return PyValue.Int(i);
        });
        t.AddMethod("rindex", (ts, a, kw) =>
        {
            long i = Find(a, kw, "rindex", true);
            if (i < 0) throw PyErr.ValueError("substring not found");
            return PyValue.Int(i);
        });
        t.AddMethod("count", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("count", a.Slice(1), kw).NoKeywords().Expect(1, 3);
            string s = Self(a), sub = ArgStr(a, 1, "count");
            long start = args.GetLong(1, null, 0), end = args.GetLong(2, null, s.Length);
            if (!Clamp(s.Length, ref start, ref end) || end < start) return PyValue.Int(0);
            if (sub.Length == 0) return PyValue.Int(end - start + 1);
            long n = 0;
            for (int i = s.IndexOf(sub, (int)start, (int)(end - start), StringComparison.Ordinal); i >= 0 && i + sub.Length <= end;
                 i = s.IndexOf(sub, i + sub.Length, (int)(end - i - sub.Length), StringComparison.Ordinal)) n++;
            return PyValue.Int(n);
        });
        t.AddMethod("format", (ts, a, kw) => PyValue.Str(StrFormat.Format(ts, Self(a), a.Slice(1), kw)));
        t.AddMethod("isdigit", (ts, a, kw) => Predicate(a, char.IsDigit));
        t.AddMethod("isdecimal", (ts, a, kw) => Predicate(a, char.IsDigit));
        t.AddMethod("isnumeric", (ts, a, kw) => Predicate(a, char.IsNumber));
        t.AddMethod("isalpha", (ts, a, kw) => Predicate(a, char.IsLetter));
        t.AddMethod("isalnum", (ts, a, kw) => Predicate(a, char.IsLetterOrDigit));
        t.AddMethod("isspace", (ts, a, kw) => Predicate(a, IsPySpace));
        t.AddMethod("isidentifier", (ts, a, kw) => PyValue.Bool(IsIdentifier(Self(a))));
        t.AddMethod("isupper", (ts, a, kw) =>
        {
            string s = Self(a);
            bool cased = false;
            foreach (char c in s) { if (char.IsLower(c)) return PyValue.False; cased |= char.IsUpper(c); }
            return PyValue.Bool(cased);
        });
        t.AddMethod("islower", (ts, a, kw) =>
        {
            string s = Self(a);
            bool cased = false;
            foreach (char c in s) { if (char.IsUpper(c)) return PyValue.False; cased |= char.IsLower(c); }
            return PyValue.Bool(cased);
        });
        t.AddMethod("center", (ts, a, kw) => Pad(ts, a, kw, "center"));
        t.AddMethod("ljust", (ts, a, kw) => Pad(ts, a, kw, "ljust"));
        t.AddMethod("rjust", (ts, a, kw) => Pad(ts, a, kw, "rjust"));
        t.AddMethod("zfill", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("zfill", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            string s = Self(a);
            long width = args.GetLong(0, null, 0);
            if (s.Length >= width) return PyValue.Str(s);
            string sign = s.Length > 0 && (s[0] == '-' || s[0] == '+') ? s.Substring(0, 1) : "";
            return PyValue.Str(sign + new string('0', (int)width - s.Length) + s.Substring(sign.Length));
        });
        t.AddMethod("partition", (ts, a, kw) => Partition(a, false));
        t.AddMethod("rpartition", (ts, a, kw) => Partition(a, true));
        t.AddMethod("__format__", (ts, a, kw) => PyValue.Str(FormatSpec.Format(ts, a[0], ((PyStr)a[1].Obj!).Value)));
        t.AddMethod("encode", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("encode", a.Slice(1), kw).OnlyKeywords("encoding", "errors").Expect(0, 2);
            return PyBytes.From(TextCodec.Encode(Self(a), args.GetString(0, "encoding") ?? "utf-8", args.GetString(1, "errors") ?? "strict"));
        });
        InstallClassification(t);
        InstallTranslation(t);
        InstallFormatMap(t);
    }

    private static string InsertEverywhere(string s, string insert, long count)
    {
        var sb = new StringBuilder();
        long n = 0;
        if (n++ < count) sb.Append(insert);
        foreach (char c in s) { sb.Append(c); if (n++ < count) sb.Append(insert); }
        return sb.ToString();
    }

    private static PyValue Predicate(ReadOnlySpan<PyValue> a, Func<char, bool> test)
    {
        string s = Self(a);
        if (s.Length == 0) return PyValue.False;
        foreach (char c in s) if (!test(c)) return PyValue.False;
        return PyValue.True;
    }

    private static PyValue Split(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw, bool fromRight)
    {
        string name = fromRight ? "rsplit" : "split";
        var args = new BuiltinArguments(name, a.Slice(1), kw).OnlyKeywords("sep", "maxsplit").Expect(0, 2);
        string s = Self(a);
        var sepArg = args.Get(0, "sep");
        long maxsplit = args.GetLong(1, "maxsplit", -1);
        if (maxsplit < 0) maxsplit = long.MaxValue;
        var parts = new List<string>();
        if (sepArg is not PyValue sv || sv.IsNone)
        {
            // Runs of whitespace separate; leading/trailing whitespace is dropped.
            if (!fromRight)
            {
                int i = 0;
                while (true)
                {
                    while (i < s.Length && IsPySpace(s[i])) i++;
                    if (i >= s.Length) break;
                    if (parts.Count >= maxsplit) { parts.Add(s.Substring(i).TrimEnd()); break; }
                    int j = i;
                    while (j < s.Length && !IsPySpace(s[j])) j++;
                    parts.Add(s.Substring(i, j - i));
                    i = j;
                }
            }
            else
            {
                int i = s.Length - 1;
                while (true)
                {
                    while (i >= 0 && IsPySpace(s[i])) i--;
                    if (i < 0) break;
                    if (parts.Count >= maxsplit) { parts.Add(s.Substring(0, i + 1).TrimStart()); break; }
                    int j = i;
                    while (j >= 0 && !IsPySpace(s[j])) j--;
                    parts.Add(s.Substring(j + 1, i - j));
                    i = j;
                }
                parts.Reverse();
            }
        }
        else
        {
            if (sv.Obj is not PyStr sepStr) throw PyErr.TypeError($"must be str or None, not {sv.Type.Name}");
            string sep = sepStr.Value;
            if (sep.Length == 0) throw PyErr.ValueError("empty separator");
            if (!fromRight)
            {
                int pos = 0;
                long n = 0;
                while (n < maxsplit)
                {
                    int i = s.IndexOf(sep, pos, StringComparison.Ordinal);
                    if (i < 0) break;
                    parts.Add(s.Substring(pos, i - pos));
                    pos = i + sep.Length;
                    n++;
                }
                parts.Add(s.Substring(pos));
            }
            else
            {
                int end = s.Length;
                long n = 0;
                while (n < maxsplit && end > 0)
                {
                    int i = s.LastIndexOf(sep, end - 1, StringComparison.Ordinal);
                    if (i < 0 || i + sep.Length > end) break;
                    parts.Add(s.Substring(i + sep.Length, end - i - sep.Length));
                    end = i;
                    n++;
                }
                parts.Add(s.Substring(0, end));
                parts.Reverse();
            }
        }
        var list = new PyValueList(parts.Count);
        foreach (var p in parts) list.Add(PyValue.Str(p));
        return PyValue.From(new PyList(list));
    }

    private static PyValue Strip(ReadOnlySpan<PyValue> a, string[]? kw, string name, bool left, bool right)
    {
        var args = new BuiltinArguments(name, a.Slice(1), kw).NoKeywords().Expect(0, 1);
        string s = Self(a);
        var chars = args.Get(0, null);
        Func<char, bool> strip = chars is PyValue c && !c.IsNone
            ? (c.Obj is PyStr cs ? ch => cs.Value.IndexOf(ch) >= 0 : throw PyErr.TypeError($"{name} arg must be None or str"))
            : IsPySpace;
        int start = 0, end = s.Length;
        if (left) while (start < end && strip(s[start])) start++;
        if (right) while (end > start && strip(s[end - 1])) end--;
        return PyValue.Str(s.Substring(start, end - start));
    }

    // The window [start:end] is a span, not a copy: a parser calling s.startswith(w, pos) on a long text
    // must cost O(len(w)), not O(len(s)), as in CPython.
    private delegate bool AffixTest(ReadOnlySpan<char> window, string affix);

    private static PyValue Affix(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw, string name, AffixTest test)
    {
        var args = new BuiltinArguments(name, a.Slice(1), kw).NoKeywords().Expect(1, 3);
        string s = Self(a);
        long start = args.GetLong(1, null, 0), end = args.GetLong(2, null, s.Length);
        if (!Clamp(s.Length, ref start, ref end) || end < start) return PyValue.False;
        var window = s.AsSpan((int)start, (int)(end - start));
        if (a[1].Obj is PyTuple t)
        {
            foreach (var p in t.Items)
            {
                if (p.Obj is not PyStr ps) throw PyErr.TypeError($"tuple for {name} must only contain str, not {p.Type.Name}");
                if (test(window, ps.Value)) return PyValue.True;
            }
            return PyValue.False;
        }
        if (a[1].Obj is not PyStr prefix)
            throw PyErr.TypeError($"{name} first arg must be str or a tuple of str, not {a[1].Type.Name}");
        return PyValue.Bool(test(window, prefix.Value));
    }

    // CPython's ADJUST_INDICES; false when start lies past the end of the string, where even "" is not found.
    private static bool Clamp(int length, ref long start, ref long end)
    {
        if (start < 0) start = Math.Max(0, start + length);
        if (end < 0) end = Math.Max(0, end + length);
        if (start > length) return false;
        end = Math.Min(end, length);
        return true;
    }

    private static long Find(ReadOnlySpan<PyValue> a, string[]? kw, string name, bool fromRight)
    {
        var args = new BuiltinArguments(name, a.Slice(1), kw).NoKeywords().Expect(1, 3);
        string s = Self(a), sub = ArgStr(a, 1, name);
        long start = args.GetLong(1, null, 0), end = args.GetLong(2, null, s.Length);
        if (!Clamp(s.Length, ref start, ref end) || end - start < sub.Length) return -1;
        // A span, not a copy: s.find(x, pos) in a loop over a long text stays linear, as in CPython.
        var window = s.AsSpan((int)start, (int)(end - start));
        int i = fromRight ? window.LastIndexOf(sub.AsSpan(), StringComparison.Ordinal) : window.IndexOf(sub.AsSpan(), StringComparison.Ordinal);
        return i < 0 ? -1 : i + start;
    }

    private static PyValue Pad(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw, string name)
    {
        var args = new BuiltinArguments(name, a.Slice(1), kw).NoKeywords().Expect(1, 2);
        string s = Self(a);
        long width = args.GetLong(0, null, 0);
        char fill = ' ';
        if (args.Count > 1)
        {
            if (a[2].Obj is not PyStr f || f.Value.Length != 1)
                throw PyErr.TypeError("The fill character must be exactly one character long");
            fill = f.Value[0];
        }
        if (width <= s.Length) return PyValue.Str(s);
        int total = (int)width - s.Length;
        return name switch
        {
            "ljust" => PyValue.Str(s + new string(fill, total)),
            "rjust" => PyValue.Str(new string(fill, total) + s),
            // CPython's center puts the extra fill character on the left when the width and the padding are both odd.
            _ => PyValue.Str(new string(fill, total / 2 + (total & (int)width & 1)) + s + new string(fill, total - (total / 2 + (total & (int)width & 1)))),
        };
    }

    private static PyValue Partition(ReadOnlySpan<PyValue> a, bool fromRight)
    {
        string s = Self(a), sep = ArgStr(a, 1, "partition");
        if (sep.Length == 0) throw PyErr.ValueError("empty separator");
        int i = fromRight ? s.LastIndexOf(sep, StringComparison.Ordinal) : s.IndexOf(sep, StringComparison.Ordinal);
        PyValue[] parts = i < 0
            ? (fromRight ? new[] { PyValue.Str(""), PyValue.Str(""), PyValue.Str(s) } : new[] { PyValue.Str(s), PyValue.Str(""), PyValue.Str("") })
            : new[] { PyValue.Str(s.Substring(0, i)), PyValue.Str(sep), PyValue.Str(s.Substring(i + sep.Length)) };
        return PyValue.From(new PyTuple(parts));
    }

    /// <summary>str.isidentifier: a letter or underscore, then letters, digits and underscores.</summary>
    public static bool IsIdentifier(string s)
    {
        bool ok = s.Length > 0 && (char.IsLetter(s[0]) || s[0] == '_');
        foreach (char c in s) ok &= char.IsLetterOrDigit(c) || c == '_';
        return ok;
    }
}
