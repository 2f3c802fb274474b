using System;
using System.Text;

namespace GilGen.Runtime;

/// <summary>str.maketrans and str.translate: a table from code points to code points, strings or None (delete).</summary>
public static partial class StrMethods
{
    private static void InstallTranslation(PyType t)
    {
        t.Dict["maketrans"] = PyValue.From(new PyBuiltinFunction("maketrans", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("maketrans", a, kw).NoKeywords().Expect(1, 3);
            return PyValue.From(args.Count == 1 ? TableFromDict(ts, a[0]) : TableFromStrings(ts, a));
        }));
        t.AddMethod("translate", (ts, a, kw) =>
        {
            new BuiltinArguments("translate", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            string s = Self(a);
            var sb = new StringBuilder(s.Length);
            for (int i = 0; i < s.Length; i++)
            {
                int codePoint = char.IsSurrogatePair(s, i) ? char.ConvertToUtf32(s[i], s[i + 1]) : s[i];
                int width = codePoint > 0xFFFF ? 2 : 1;
                AppendTranslated(ts, sb, a[1], codePoint, s.AsSpan(i, width));
                i += width - 1;
            }
            return PyValue.Str(sb.ToString());
        });
    }

    // CPython looks each character up with table[ord(c)]: LookupError keeps the character, None deletes it.
    private static void AppendTranslated(ThreadState ts, StringBuilder sb, PyValue table, int codePoint, ReadOnlySpan<char> original)
    {
        var key = PyValue.Int(codePoint);
        PyValue mapped;
        try { mapped = Ops.GetItem(ts, table, key); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.LookupError))
        {
            e.Value.DecRef();
            sb.Append(original);
            return;
        }
        try
        {
            if (mapped.IsNone) return;
            if (mapped.Obj is PyStr str) { sb.Append(str.Value); return; }
            if (mapped.Type == PyType.Int || mapped.Type.IsSubtypeOf(PyType.Int))
            {
                if (!Numbers.TryLong(mapped, out long n) || n < 0 || n > 0x10FFFF)
                    throw PyErr.ValueError("character mapping must be in range(0x110000)");
                sb.Append(char.ConvertFromUtf32((int)n));
                return;
            }
            throw PyErr.TypeError("character mapping must return integer, None or str");
        }
        finally { mapped.DecRef(); }
    }

    private static PyDict TableFromDict(ThreadState ts, PyValue source)
    {
        if (source.Obj is not PyDict d) throw PyErr.TypeError("if you give only one argument to maketrans it must be a dict");
        var table = new PyDict();
        bool done = false;
        try
        {
            foreach (var (key, value) in d.Table.Entries())
            {
                PyValue ordinal;
                if (key.Obj is PyStr ks)
                {
                    if (ks.Value.Length != 1 && !(ks.Value.Length == 2 && char.IsSurrogatePair(ks.Value, 0)))
                        throw PyErr.ValueError("string keys in translate table must be of length 1");
                    ordinal = PyValue.Int(char.ConvertToUtf32(ks.Value, 0));
                }
                else if (key.Type == PyType.Int || key.Type.IsSubtypeOf(PyType.Int)) ordinal = key.NewRef();
                else throw PyErr.TypeError("keys in translate table must be strings or integers");
                table.Set(ts, ordinal, value);
                ordinal.DecRef();
            }
            done = true;
            return table;
        }
        finally { if (!done) PyValue.From(table).DecRef(); }
    }

    private static PyDict TableFromStrings(ThreadState ts, ReadOnlySpan<PyValue> a)
    {
        if (a[0].Obj is not PyStr from)
        {
            if (a[1].Obj is not PyStr) throw PyErr.TypeError($"maketrans() argument 2 must be str, not {a[1].Type.Name}");
            throw PyErr.TypeError("first maketrans argument must be a string if there is a second argument");
        }
        if (a[1].Obj is not PyStr to) throw PyErr.TypeError($"maketrans() argument 2 must be str, not {a[1].Type.Name}");
        PyStr? delete = null;
        if (a.Length > 2 && (delete = a[2].Obj as PyStr) == null) throw PyErr.TypeError($"maketrans() argument 3 must be str, not {a[2].Type.Name}");
        int[] fromPoints = CodePoints(from.Value), toPoints = CodePoints(to.Value);
        if (fromPoints.Length != toPoints.Length) throw PyErr.ValueError("the first two maketrans arguments must have equal length");
        var table = new PyDict();
        for (int i = 0; i < fromPoints.Length; i++) table.Set(ts, PyValue.Int(fromPoints[i]), PyValue.Int(toPoints[i]));
        if (delete != null)
            foreach (int c in CodePoints(delete.Value)) table.Set(ts, PyValue.Int(c), PyValue.None);
        return table;
    }

    private static int[] CodePoints(string s)
    {
        var points = new System.Collections.Generic.List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            points.Add(char.IsSurrogatePair(s, i) ? char.ConvertToUtf32(s[i], s[i + 1]) : s[i]);
            if (char.IsSurrogatePair(s, i)) i++;
        }
        return points.ToArray();
    }
}
