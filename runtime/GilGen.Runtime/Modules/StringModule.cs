using System;
using System.Text;

namespace GilGen.Runtime;

/// <summary>string: the character-class constants, capwords and Template (Formatter is not provided yet).</summary>
public static class StringModule
{
    /// <summary>Makes string.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("string");
        const string lower = "abcdefghijklmnopqrstuvwxyz", upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", digits = "0123456789";
        const string punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", whitespace = " \t\n\r\x0b\x0c";
        Set(m, "ascii_lowercase", lower);
        Set(m, "ascii_uppercase", upper);
        Set(m, "ascii_letters", lower + upper);
        Set(m, "digits", digits);
        Set(m, "hexdigits", digits + "abcdefABCDEF");
        Set(m, "octdigits", "01234567");
        Set(m, "punctuation", punctuation);
        Set(m, "whitespace", whitespace);
        Set(m, "printable", digits + lower + upper + punctuation + whitespace);
        m.AddFunction("capwords", (ts2, a, kw) =>
        {
            var p = CallArguments.Bind("capwords", a, kw, new[] { "s", "sep" }, 1);
            if (p[0].Obj is not PyStr s) throw PyErr.TypeError($"descriptor 'split' for 'str' objects doesn't apply to a '{p[0].Type.Name}' object");
            string? sep = p[1].IsUnbound || p[1].IsNone ? null : p[1].Obj is PyStr ss ? ss.Value : throw PyErr.TypeError($"must be str or None, not {p[1].Type.Name}");
            var words = sep == null ? s.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) : s.Value.Split(sep);
            var sb = new StringBuilder();
            for (int i = 0; i < words.Length; i++)
            {
                if (i > 0) sb.Append(sep ?? " ");
                var w = words[i];
                if (w.Length > 0) sb.Append(char.ToUpperInvariant(w[0])).Append(w.Substring(1).ToLowerInvariant());
            }
            return PyValue.Str(sb.ToString());
        });
        var template = PyValue.From(StringTemplate.CreateClass(ts, m));
        m.SetGlobal("Template", template);
        template.DecRef();
        return m;
    }

    private static void Set(PyModule m, string name, string value) { var v = PyValue.Str(value); m.SetGlobal(name, v); v.DecRef(); }
}
