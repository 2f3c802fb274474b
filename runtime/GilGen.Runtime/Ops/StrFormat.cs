using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Text;

namespace GilGen.Runtime;

/// <summary>str.format: replacement fields {}, {0}, {name}, {0.attr}, {0[key]}, conversions !r !s !a and format specs.</summary>
public static class StrFormat
{
    /// <summary>Formats <paramref name="format"/> with positional and keyword arguments.</summary>
    public static string Format(ThreadState ts, string format, ReadOnlySpan<PyValue> args, string[]? kwNames) =>
        Format(ts, format, args, kwNames, null);

    /// <summary>str.format_map: the named fields are <c>mapping[name]</c> (any mapping: a dict subclass's __missing__ too).</summary>
    public static string FormatMap(ThreadState ts, string format, PyValue mapping) =>
        Format(ts, format, ReadOnlySpan<PyValue>.Empty, null, mapping);

    private static string Format(ThreadState ts, string format, ReadOnlySpan<PyValue> args, string[]? kwNames, PyValue? mapping)
    {
        int nPos = args.Length - (kwNames?.Length ?? 0);
        var sb = new StringBuilder();
        int auto = 0;
        bool usedAuto = false, usedManual = false;
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c == '}')
            {
                if (i + 1 < format.Length && format[i + 1] == '}') { sb.Append('}'); i++; continue; }
                throw PyErr.ValueError("Single '}' encountered in format string");
            }
            if (c != '{') { sb.Append(c); continue; }
            if (i + 1 < format.Length && format[i + 1] == '{') { sb.Append('{'); i++; continue; }
            int depth = 1, j = i + 1;
            while (j < format.Length && depth > 0) { if (format[j] == '{') depth++; else if (format[j] == '}') depth--; if (depth > 0) j++; }
            if (j >= format.Length) throw PyErr.ValueError("expected '}' before end of string");
            string field = format.Substring(i + 1, j - i - 1);
            i = j;
            string spec = "";
            char conversion = '\0';
            int colon = IndexOutsideBrackets(field, ':');
            if (colon >= 0) { spec = field.Substring(colon + 1); field = field.Substring(0, colon); }
            int bang = field.IndexOf('!');
            if (bang >= 0)
            {
                if (bang + 2 != field.Length) throw PyErr.ValueError("expected ':' after conversion specifier");
                conversion = field[bang + 1];
                field = field.Substring(0, bang);
            }
            // First part: index, name or empty (automatic numbering).
            int end = 0;
            while (end < field.Length && field[end] != '.' && field[end] != '[') end++;
            string first = field.Substring(0, end);
            PyValue value;
            if (mapping is PyValue map && (first.Length == 0 || int.TryParse(first, out _)))
                throw PyErr.ValueError("Format string contains positional fields");
            if (first.Length == 0)
            {
                if (usedManual) throw PyErr.ValueError("cannot switch from manual field specification to automatic field numbering");
                usedAuto = true;
                int idx = auto++;
                if (idx >= nPos) throw PyErr.IndexError($"Replacement index {idx} out of range for positional args tuple");
                value = args[idx].NewRef();
            }
            else if (int.TryParse(first, out int idx))
            {
                if (usedAuto) throw PyErr.ValueError("cannot switch from automatic field numbering to manual field specification");
                usedManual = true;
                if (idx >= nPos) throw PyErr.IndexError($"Replacement index {idx} out of range for positional args tuple");
                value = args[idx].NewRef();
            }
            else if (mapping is PyValue names)
            {
                var key = PyValue.Str(first);
                try { value = Ops.GetItem(ts, names, key); }
                finally { key.DecRef(); }
            }
            else
            {
                int k = kwNames == null ? -1 : Array.IndexOf(kwNames, first);
                if (k < 0) throw PyErr.KeyError(PyValue.Str(first));
                value = args[nPos + k].NewRef();
            }
            // Then .attr and [key] accessors.
            while (end < field.Length)
            {
                PyValue next;
                if (field[end] == '.')
                {
                    int e = end + 1;
                    while (e < field.Length && field[e] != '.' && field[e] != '[') e++;
                    next = Ops.GetAttr(ts, value, field.Substring(end + 1, e - end - 1));
                    end = e;
                }
                else
                {
                    int close = field.IndexOf(']', end);
                    if (close < 0) throw PyErr.ValueError("Missing ']' in format string");
                    string key = field.Substring(end + 1, close - end - 1);
                    var keyValue = long.TryParse(key, out long n) ? PyValue.Int(n) : PyValue.Str(key);
                    next = Ops.GetItem(ts, value, keyValue);
                    keyValue.DecRef();
                    end = close + 1;
                }
                value.DecRef();
                value = next;
            }
            try
            {
                if (spec.Contains('{')) spec = Format(ts, spec, args, kwNames, mapping);
                int flags = conversion switch { '\0' => 0, 's' => 1, 'r' => 2, 'a' => 3, _ => throw PyErr.ValueError($"Unknown conversion specifier {conversion}") };
                var specValue = PyValue.Str(spec);
                var r = Ops.FormatValue(ts, value, flags, specValue);
                specValue.DecRef();
                sb.Append(((PyStr)r.Obj!).Value);
                r.DecRef();
            }
            finally { value.DecRef(); }
        }
        return sb.ToString();
    }

    private static int IndexOutsideBrackets(string s, char c)
    {
        int depth = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '[') depth++;
            else if (s[i] == ']') depth--;
            else if (s[i] == c && depth == 0) return i;
        }
        return -1;
    }
}
