using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace GilGen.Runtime;

/// <summary>format(value, spec): the format-spec mini-language for int, float and str, as CPython.</summary>
public static class FormatSpec
{
    private struct Spec
    {
        public char Fill, Align, Sign, Type, Grouping;
        public bool Alternate, ZeroPad;
        public int Width, Precision;
    }

    private static Spec Parse(string s)
    {
        var spec = new Spec { Fill = ' ', Align = '\0', Sign = '-', Type = '\0', Width = -1, Precision = -1 };
        int i = 0;
        if (s.Length >= 2 && "<>=^".IndexOf(s[1]) >= 0) { spec.Fill = s[0]; spec.Align = s[1]; i = 2; }
        else if (s.Length >= 1 && "<>=^".IndexOf(s[0]) >= 0) { spec.Align = s[0]; i = 1; }
        if (i < s.Length && "+- ".IndexOf(s[i]) >= 0) spec.Sign = s[i++];
        if (i < s.Length && s[i] == '#') { spec.Alternate = true; i++; }
        if (i < s.Length && s[i] == '0') { spec.ZeroPad = true; i++; }
        int w = 0; bool hasW = false;
        while (i < s.Length && char.IsDigit(s[i])) { w = w * 10 + (s[i++] - '0'); hasW = true; }
        if (hasW) spec.Width = w;
        if (i < s.Length && (s[i] == ',' || s[i] == '_')) spec.Grouping = s[i++];
        if (i < s.Length && s[i] == '.')
        {
            i++;
            int p = 0; bool hasP = false;
            while (i < s.Length && char.IsDigit(s[i])) { p = p * 10 + (s[i++] - '0'); hasP = true; }
            if (!hasP) throw PyErr.ValueError("Format specifier missing precision");
            spec.Precision = p;
        }
        if (i < s.Length) spec.Type = s[i++];
        if (i < s.Length) throw PyErr.ValueError("Invalid format specifier");
        if (spec.ZeroPad && spec.Align == '\0') { spec.Fill = '0'; spec.Align = '='; }
        return spec;
    }

    /// <summary>format(v, spec) for builtin types; user classes' __format__ is called when defined.</summary>
    public static string Format(ThreadState ts, PyValue v, string specText)
    {
        if (v.Obj is not null && v.Type.IsOutsideBuiltins && v.Type.Lookup("__format__") is PyValue m && m.Obj is PyFunction)
        {
            var s = PyValue.Str(specText);
            var r = Ops.Call(ts, m, new[] { v, s }, null);
            s.DecRef();
            try { return r.Obj is PyStr rs ? rs.Value : throw PyErr.TypeError($"__format__ must return a str, not {r.Type.Name}"); }
            finally { r.DecRef(); }
        }
        if (specText.Length == 0) return Ops.StrOf(ts, v);
        var spec = Parse(specText);
        // A bool with a non-empty spec formats as the int it is (int.__format__): f"{True:>6}" is '     1'.
        if (Numbers.TryInt(v, out var big))
        {
            if ("eEfFgG%".IndexOf(spec.Type) >= 0) return FormatFloat(IntToFloat.Convert(big), spec);
            return FormatInt(big, spec, v.Type.Name);
        }
        if (v.Obj is PyFloat f) return FormatFloat(f.Value, spec);
        if (v.Obj is PyComplex z) return FormatComplex(z, spec);
        if (v.Obj is PyStr str)
        {
            if (spec.Type != '\0' && spec.Type != 's') throw PyErr.ValueError($"Unknown format code '{spec.Type}' for object of type 'str'");
            if (spec.Sign != '-') throw PyErr.ValueError("Sign not allowed in string format specifier");
            if (spec.Align == '=') throw PyErr.ValueError("'=' alignment not allowed in string format specifier");
            string text = spec.Precision >= 0 && spec.Precision < str.Value.Length ? str.Value.Substring(0, spec.Precision) : str.Value;
            return Pad(text, spec, '<');
        }
        throw PyErr.TypeError($"unsupported format string passed to {v.Type.Name}.__format__");
    }

    private static string FormatInt(BigInteger value, Spec spec, string typeName)
    {
        if (spec.Precision >= 0) throw PyErr.ValueError("Precision not allowed in integer format specifier");
        string digits;
        string prefix = "";
        var abs = BigInteger.Abs(value);
        switch (spec.Type)
        {
            case '\0': case 'd': case 'n': digits = IntStrDigitLimit.Decimal(null, abs); break;
            case 'x': digits = ToBase(abs, 16, false); prefix = spec.Alternate ? "0x" : ""; break;
            case 'X': digits = ToBase(abs, 16, true); prefix = spec.Alternate ? "0X" : ""; break;
            case 'o': digits = ToBase(abs, 8, false); prefix = spec.Alternate ? "0o" : ""; break;
            case 'b': digits = ToBase(abs, 2, false); prefix = spec.Alternate ? "0b" : ""; break;
            case 'c': return Pad(char.ConvertFromUtf32((int)value), spec, '<');
            default: throw PyErr.ValueError($"Unknown format code '{spec.Type}' for object of type '{typeName}'");
        }
        if (spec.Grouping != '\0') digits = Group(digits, spec.Grouping, spec.Type is 'x' or 'X' or 'o' or 'b' ? 4 : 3);
        string sign = value.Sign < 0 ? "-" : spec.Sign == '+' ? "+" : spec.Sign == ' ' ? " " : "";
        return PadNumber(sign + prefix, digits, spec);
    }

    /// <summary>Digits of a non-negative integer in base 2, 8 or 16.</summary>
    public static string ToBase(BigInteger abs, int radix, bool upper)
    {
        if (abs.IsZero) return "0";
        var sb = new StringBuilder();
        string chars = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        while (!abs.IsZero) { sb.Insert(0, chars[(int)(abs % radix)]); abs /= radix; }
        return sb.ToString();
    }

    private static string Group(string digits, char sep, int size)
    {
        int dot = digits.IndexOfAny(new[] { '.', 'e', 'E' });
        string intPart = dot >= 0 ? digits.Substring(0, dot) : digits, rest = dot >= 0 ? digits.Substring(dot) : "";
        var sb = new StringBuilder();
        for (int i = 0; i < intPart.Length; i++)
        {
            if (i > 0 && (intPart.Length - i) % size == 0) sb.Append(sep);
            sb.Append(intPart[i]);
        }
        return sb + rest;
    }

    private static string FormatFloat(double d, Spec spec)
    {
        string body;
        int prec = spec.Precision;
        double abs = Math.Abs(d);
        bool neg = d < 0 || (d == 0 && BitConverter.DoubleToInt64Bits(d) < 0);
        switch (spec.Type)
        {
            case 'f': case 'F': body = FloatFormatter.Fixed(abs, prec < 0 ? 6 : prec); if (spec.Type == 'F') body = body.ToUpperInvariant(); break;
            case 'e': case 'E': body = FloatFormatter.Exponent(abs, prec < 0 ? 6 : prec, spec.Type == 'E'); break;
            // 'n' is 'g' with the locale's separators; GilGen runs in the C locale, which has none.
            case 'g': case 'G': case 'n': body = FloatFormatter.General(abs, prec < 0 ? 6 : prec, spec.Type == 'G', spec.Alternate); break;
            case '%': body = FloatFormatter.Fixed(abs * 100, prec < 0 ? 6 : prec) + "%"; break;
            case '\0':
                body = prec < 0 ? FloatFormatter.Repr(abs) : FloatFormatter.GeneralNoType(abs, prec);
                break;
            default: throw PyErr.ValueError($"Unknown format code '{spec.Type}' for object of type 'float'");
        }
        if (double.IsNaN(d)) neg = false;
        body = KeepPoint(body, spec.Type, d, spec);
        if (spec.Grouping != '\0') body = Group(body, spec.Grouping, 3);
        string sign = neg ? "-" : spec.Sign == '+' ? "+" : spec.Sign == ' ' ? " " : "";
        return PadNumber(sign, body, spec);
    }

    // format_complex_internal: each part formatted as a float of the same type (no type: repr-like, in parentheses unless
    // the real part is +0, which is left out), the imaginary part with its sign always shown, then the whole padded.
    private static string FormatComplex(PyComplex z, Spec spec)
    {
        if (spec.ZeroPad || (spec.Fill == '0' && spec.Align == '=')) throw PyErr.ValueError("Zero padding is not allowed in complex format specifier");
        if (spec.Align == '=') throw PyErr.ValueError("'=' alignment flag is not allowed in complex format specifier");
        char type = spec.Type;
        bool skipRe = false, parens = false;
        int precision = spec.Precision;
        if (type == '\0')
        {
            type = 'r';
            if (z.Real == 0.0 && BitConverter.DoubleToInt64Bits(z.Real) >= 0) skipRe = true;
            else parens = true;
        }
        if (type == 'n') type = 'g';
        if (precision >= 0 && type == 'r') type = 'g';
        if ("eEfFgGr".IndexOf(type) < 0) throw PyErr.ValueError($"Unknown format code '{type}' for object of type 'complex'");
        string Part(double d, char sign)
        {
            double abs = Math.Abs(d);
            string body = type switch
            {
                'f' or 'F' => FloatFormatter.Fixed(abs, precision < 0 ? 6 : precision),
                'e' or 'E' => FloatFormatter.Exponent(abs, precision < 0 ? 6 : precision, type == 'E'),
                'g' or 'G' => FloatFormatter.General(abs, precision < 0 ? 6 : precision, type == 'G', spec.Alternate),
                _ => ComplexMath.PartRepr(abs, FloatFormatter.Repr),
            };
            if (type == 'F') body = body.ToUpperInvariant();
            body = KeepPoint(body, type, d, spec);
            if (spec.Grouping != '\0') body = Group(body, spec.Grouping, 3);
            bool neg = !double.IsNaN(d) && (d < 0 || (d == 0 && BitConverter.DoubleToInt64Bits(d) < 0));
            return (neg ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "") + body;
        }
        string text = (skipRe ? "" : Part(z.Real, spec.Sign)) + Part(z.Imag, skipRe ? spec.Sign : '+') + "j";
        if (parens) text = "(" + text + ")";
        return Pad(text, spec, '>');
    }

    // '#' keeps the decimal point even with no digits after it: format(1.5, '#.0f') is '2.'.
    private static string KeepPoint(string body, char type, double d, Spec spec)
    {
        if (!spec.Alternate || "fFeE%".IndexOf(type) < 0 || !double.IsFinite(d) || body.IndexOf('.') >= 0) return body;
        int at = body.IndexOfAny(new[] { 'e', 'E', '%' });
        return at < 0 ? body + "." : body.Insert(at, ".");
    }

    private static string PadNumber(string signAndPrefix, string digits, Spec spec)
    {
        int len = signAndPrefix.Length + digits.Length;
        if (spec.Width <= len) return signAndPrefix + digits;
        if (spec.Align == '=') return signAndPrefix + new string(spec.Fill, spec.Width - len) + digits;
        return Pad(signAndPrefix + digits, spec, '>');
    }

    private static string Pad(string text, Spec spec, char defaultAlign)
    {
        if (spec.Width <= text.Length) return text;
        int total = spec.Width - text.Length;
        char align = spec.Align == '\0' ? defaultAlign : spec.Align;
        return align switch
        {
            '<' => text + new string(spec.Fill, total),
            '^' => new string(spec.Fill, total / 2) + text + new string(spec.Fill, total - total / 2),
            _ => new string(spec.Fill, total) + text,
        };
    }
}
