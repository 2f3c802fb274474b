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
    public static string Format(ThreadState ts, string format, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var numbering = new Numbering();
        return Format(ts, format, args, kwNames, null, ref numbering, 2);
    }

    /// <summary>str.format_map: the named fields are <c>mapping[name]</c> (any mapping: a dict subclass's __missing__ too).</summary>
    public static string FormatMap(ThreadState ts, string format, PyValue mapping)
    {
        var numbering = new Numbering();
        return Format(ts, format, ReadOnlySpan<PyValue>.Empty, null, mapping, ref numbering, 2);
    }

    // CPython's AutoNumber: shared by the fields of a nested spec, so '{:{}}' numbers both fields in one sequence.
    private struct Numbering
    {
        public int Next;
        public bool UsedAuto, UsedManual;
    }

    // build_string: depth is how many more levels of nested specs may be expanded.
    private static string Format(ThreadState ts, string format, ReadOnlySpan<PyValue> args, string[]? kwNames, PyValue? mapping, ref Numbering numbering, int depth)
    {
        if (depth <= 0) throw PyErr.ValueError("Max string recursion exceeded");
        int nPos = args.Length - (kwNames?.Length ?? 0);
        var sb = new StringBuilder();
        foreach (var chunk in Parse(format))
        {
            sb.Append(chunk.Literal);
            if (chunk.FieldName is not string field) continue;
            var (first, firstIndex, rest) = SplitFieldName(field);
            PyValue value;
            if (mapping is PyValue && (first.Length == 0 || firstIndex >= 0))
                throw PyErr.ValueError("Format string contains positional fields");
            if (first.Length == 0 || firstIndex >= 0)
            {
                long idx;
                if (first.Length == 0)
                {
                    if (numbering.UsedManual) throw PyErr.ValueError("cannot switch from manual field specification to automatic field numbering");
                    numbering.UsedAuto = true;
                    idx = numbering.Next++;
                }
                else
                {
                    if (numbering.UsedAuto) throw PyErr.ValueError("cannot switch from automatic field numbering to manual field specification");
                    numbering.UsedManual = true;
                    idx = firstIndex;
                }
                if (idx >= nPos) throw PyErr.IndexError($"Replacement index {idx} out of range for positional args tuple");
                value = args[(int)idx].NewRef();
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
            // Then the .attr and [key] accessors.
            foreach (var accessor in rest)
            {
                PyValue next;
                if (accessor.IsAttribute) next = Ops.GetAttr(ts, value, accessor.Name);
                else
                {
                    var keyValue = accessor.Index >= 0 ? PyValue.Int(accessor.Index) : PyValue.Str(accessor.Name);
                    try { next = Ops.GetItem(ts, value, keyValue); }
                    finally { keyValue.DecRef(); }
                }
                value.DecRef();
                value = next;
            }
            try
            {
                string spec = chunk.Spec!;
                if (spec.Contains('{')) spec = Format(ts, spec, args, kwNames, mapping, ref numbering, depth - 1);
                char conversion = chunk.Conversion;
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

    /// <summary>
    /// One step of a format string, as CPython's MarkupIterator gives it (and _string.formatter_parser shows it):
    /// literal text, then a replacement field's name, spec and conversion ('\0' for none), or a null name when
    /// only literal text follows. An escaped brace ends its literal text, which holds one brace.
    /// </summary>
    public readonly record struct Chunk(string Literal, string? FieldName, string? Spec, char Conversion);

    /// <summary>The steps of <paramref name="format"/>, parsed lazily (a malformed field raises when it is reached).</summary>
    public static IEnumerable<Chunk> Parse(string format)
    {
        int at = 0, end = format.Length;
        while (at < end)
        {
            int literalStart = at;
            char c = '\0';
            bool markupFollows = false;
            while (at < end)
            {
                c = format[at++];
                if (c is '{' or '}') { markupFollows = true; break; }
            }
            bool atEnd = at >= end;
            int length = at - literalStart;
            if (c == '}' && markupFollows && (atEnd || format[at] != '}')) throw PyErr.ValueError("Single '}' encountered in format string");
            if (atEnd && c == '{' && markupFollows) throw PyErr.ValueError("Single '{' encountered in format string");
            if (!atEnd && markupFollows)
            {
                if (format[at] == c) { at++; markupFollows = false; }
                else length--;
            }
            string literal = format.Substring(literalStart, length);
            if (!markupFollows) { yield return new Chunk(literal, null, null, '\0'); continue; }
            var (chunk, next) = ParseField(literal, format, at);
            at = next;
            yield return chunk;
        }
    }

    // CPython's parse_field, from just after the '{': the name runs to a '}', ':' or '!' outside brackets; a '!' is
    // followed by one conversion character; a spec runs to the '}' that closes the field, counting nested braces.
    // Returns the step and the position after the field.
    private static (Chunk, int) ParseField(string literal, string s, int at)
    {
        int nameStart = at;
        char c = '\0';
        while (at < s.Length)
        {
            c = s[at++];
            if (c == '{') throw PyErr.ValueError("unexpected '{' in field name");
            if (c == '[')
            {
                while (at < s.Length && s[at] != ']') at++;
                continue;
            }
            if (c is '}' or ':' or '!') break;
        }
        if (c is not ('!' or ':'))
        {
            if (c != '}') throw PyErr.ValueError("expected '}' before end of string");
            return (new Chunk(literal, s.Substring(nameStart, at - 1 - nameStart), "", '\0'), at);
        }
        string name = s.Substring(nameStart, at - 1 - nameStart);
        char conversion = '\0';
        if (c == '!')
        {
            if (at >= s.Length) throw PyErr.ValueError("end of string while looking for conversion specifier");
            conversion = s[at++];
            if (at < s.Length)
            {
                c = s[at++];
                if (c == '}') return (new Chunk(literal, name, "", conversion), at);
                if (c != ':') throw PyErr.ValueError("expected ':' after conversion specifier");
            }
        }
        int specStart = at, count = 1;
        while (at < s.Length)
        {
            c = s[at++];
            if (c == '{') count++;
            else if (c == '}' && --count == 0) return (new Chunk(literal, name, s.Substring(specStart, at - 1 - specStart), conversion), at);
        }
        throw PyErr.ValueError("unmatched '{' in format spec");
    }

    /// <summary>One <c>.name</c> or <c>[key]</c> after a field's first part; <see cref="Index"/> is -1 unless a key is all digits.</summary>
    public readonly record struct Accessor(bool IsAttribute, string Name, long Index);

    /// <summary>
    /// A field name's first part (with its value as an index, -1 when it is not all digits) and its accessors, as
    /// CPython's field_name_split (and _string.formatter_field_name_split) gives them.
    /// </summary>
    public static (string First, long FirstIndex, IEnumerable<Accessor> Accessors) SplitFieldName(string field)
    {
        int at = 0;
        while (at < field.Length && field[at] != '.' && field[at] != '[') at++;
        string first = field.Substring(0, at);
        return (first, IndexOf(first), AccessorsFrom(field, at));
    }

    // The accessors after the first part, read lazily as CPython's FieldNameIterator (a malformed one raises when reached).
    private static IEnumerable<Accessor> AccessorsFrom(string field, int at)
    {
        while (at < field.Length)
        {
            char c = field[at++];
            int start = at;
            string name;
            bool attribute;
            if (c == '.')
            {
                attribute = true;
                while (at < field.Length && field[at] != '.' && field[at] != '[') at++;
                name = field.Substring(start, at - start);
            }
            else if (c == '[')
            {
                attribute = false;
                while (at < field.Length && field[at] != ']') at++;
                if (at >= field.Length) throw PyErr.ValueError("Missing ']' in format string");
                name = field.Substring(start, at - start);
                at++;
            }
            else throw PyErr.ValueError("Only '.' or '[' may follow ']' in format field specifier");
            if (name.Length == 0) throw PyErr.ValueError("Empty attribute in format string");
            yield return new Accessor(attribute, name, attribute ? -1 : IndexOf(name));
        }
    }

    // get_integer: the value of an all-digit name, else -1.
    private static long IndexOf(string s)
    {
        if (s.Length == 0) return -1;
        long n = 0;
        foreach (char ch in s)
        {
            if (ch is < '0' or > '9') return -1;
            if (n > (long.MaxValue - (ch - '0')) / 10) throw PyErr.ValueError("Too many decimal digits in format string");
            n = n * 10 + (ch - '0');
        }
        return n;
    }
}
