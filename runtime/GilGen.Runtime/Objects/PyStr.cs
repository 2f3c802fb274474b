using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Text;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>A str. Indexes are UTF-16 code units (a documented deviation for characters outside the BMP).</summary>
public class PyStr : PyObject
{
    // The text: a string, or a GrowingText while appends made in place (AppendInPlace) have not been read yet.
    private object _text;
    // hash(self) once asked (0: not yet; an append in place forgets it).
    private long _hash;

    /// <summary>The text.</summary>
    public string Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var text = _text;
            return text.GetType() == typeof(string) ? Unsafe.As<string>(text) : Settle(Unsafe.As<GrowingText>(text));
        }
    }

    /// <summary>A new str with reference count 1.</summary>
    public PyStr(string v) => _text = v;

    // The first read after appends: the text becomes a string again (the buffer goes, so a str built once costs its
    // length and no more). A reader never sees a half-made text: appends only happen while nothing else can see the str.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private string Settle(GrowingText growing)
    {
        string text = new(growing.Chars, 0, growing.Length);
        _text = text;
        return text;
    }

    /// <summary>
    /// Appends <paramref name="tail"/> to this str's text in place: CPython's unicode_concatenate, which resizes the
    /// left operand of <c>s += t</c> (or <c>s = s + t</c>) when nothing but the variable being assigned holds it, so
    /// that a loop building a str is linear rather than quadratic. The caller has proved that nothing else can see this
    /// str (<see cref="Ops.ConcatInPlace"/>). The characters go into a buffer that doubles as it fills, made a string
    /// again when the text is next read.
    /// </summary>
    internal void AppendInPlace(string tail)
    {
        if (tail.Length == 0) return;
        _hash = 0;
        if (_text is not GrowingText growing)
        {
            string current = (string)_text;
            growing = new GrowingText(current, current.Length + tail.Length);
            _text = growing;
        }
        growing.Append(tail);
    }

    // The text of a str being appended to: its characters, in a buffer with room to grow.
    private sealed class GrowingText
    {
        public char[] Chars;
        public int Length;

        public GrowingText(string start, int needed)
        {
            Chars = new char[Math.Max(16, needed * 2)];
            start.CopyTo(0, Chars, 0, start.Length);
            Length = start.Length;
        }

        public void Append(string tail)
        {
            int needed = Length + tail.Length;
            if (needed > Chars.Length) Array.Resize(ref Chars, Math.Max(needed, Chars.Length * 2));
            tail.CopyTo(0, Chars, Length, tail.Length);
            Length = needed;
        }
    }

    /// <summary>How many one-character strings are shared: the Latin-1 range, as CPython's.</summary>
    public const int Latin1Count = 256;

    // The one-character strings of the Latin-1 range, made once and immortal, as CPython 3.12's (text[i] in a
    // tokenizer's loop made a string and its object for every character read).
    private static readonly PyStr[] s_latin1 = CreateLatin1();

    private static PyStr[] CreateLatin1()
    {
        var all = new PyStr[Latin1Count];
        for (int c = 0; c < all.Length; c++) { all[c] = new PyStr(((char)c).ToString()); all[c].MakeImmortal(); }
        return all;
    }

    /// <summary>The shared immortal str of the one character <paramref name="c"/> (below <see cref="Latin1Count"/>).</summary>
    public static PyStr Latin1(char c) => s_latin1[c];

    /// <summary>The str of the one character <paramref name="c"/>: the shared one in the Latin-1 range, else a new one.</summary>
    public static PyValue OfChar(char c) => c < Latin1Count ? PyValue.From(s_latin1[c]) : PyValue.From(new PyStr(c.ToString()));
    /// <inheritdoc/>
    public override PyType Type => PyType.Str;
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => Quote(Value);
    /// <inheritdoc/>
    public override string StrString(ThreadState? ts) => Value;
    /// <inheritdoc/>
    public override bool IsTrue(ThreadState ts) => Value.Length != 0;
    /// <inheritdoc/>
    public override long Hash(ThreadState? ts)
    {
        // Kept once made, as CPython's str keeps its hash: a dict lookup hashed the whole text every time.
        long h = _hash;
        if (h != 0) return h;
        h = Value.GetHashCode();
        if (h == -1) h = -2;
        _hash = h;
        return h;
    }
    /// <inheritdoc/>
    public override bool? EqualsValue(ThreadState? ts, PyValue other) =>
        other.Obj is PyStr s ? string.Equals(Value, s.Value, StringComparison.Ordinal) : null;
    /// <inheritdoc/>
    public override int? CompareTo(ThreadState? ts, PyValue other) =>
        other.Obj is PyStr s ? Math.Sign(string.CompareOrdinal(Value, s.Value)) : null;
    /// <inheritdoc/>
    public override long Length(ThreadState ts) => _text is GrowingText growing ? growing.Length : Value.Length;
    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => PyValue.From(new PySequenceIterator(this, PyType.StrIterator));
    /// <inheritdoc/>
    public override bool Contains(ThreadState ts, PyValue item)
    {
        if (item.Obj is PyStr s) return Value.Contains(s.Value, StringComparison.Ordinal);
        throw PyErr.TypeError($"'in <string>' requires string as left operand, not {item.Type.Name}");
    }
    /// <inheritdoc/>
    public override PyValue GetItem(ThreadState ts, PyValue key)
    {
        if (key.Obj is PySlice slice)
        {
            slice.Indices(ts, Value.Length, out long start, out long stop, out long step, out long count);
            if (step == 1) return PyValue.Str(Value.Substring((int)start, (int)count));
            var sb = new StringBuilder((int)count);
            for (long i = 0, j = start; i < count; i++, j += step) sb.Append(Value[(int)j]);
            return PyValue.Str(sb.ToString());
        }
        long idx = SequenceIndex.Normalize(ts, key, Value.Length, "string");
        return OfChar(Value[(int)idx]);
    }

    /// <summary>CPython's repr of a str: single quotes unless the text has ' and no "; a character that is not
    /// printable (str.isprintable: the Other and Separator categories, lone surrogates included) is escaped as
    /// \xNN, \uNNNN or \UNNNNNNNN, as CPython's unicode_repr does.</summary>
    public static string Quote(string s)
    {
        char q = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(q);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c == q) sb.Append('\\').Append(c);
                    else if (c < 0x20 || c == 0x7f) sb.Append("\\x").Append(((int)c).ToString("x2"));
                    else if (c < 0x7f) sb.Append(c);
                    else if (char.IsSurrogatePair(s, i))
                    {
                        int cp = char.ConvertToUtf32(c, s[i + 1]);
                        if (StrMethods.IsPrintable(CharUnicodeInfo.GetUnicodeCategory(cp), c)) sb.Append(c).Append(s[i + 1]);
                        else sb.Append("\\U").Append(cp.ToString("x8"));
                        i++;
                    }
                    else if (StrMethods.IsPrintable(CharUnicodeInfo.GetUnicodeCategory(c), c)) sb.Append(c);
                    else if (c <= 0xff) sb.Append("\\x").Append(((int)c).ToString("x2"));
                    else sb.Append("\\u").Append(((int)c).ToString("x4"));
                    break;
            }
        }
        sb.Append(q);
        return sb.ToString();
    }
}
