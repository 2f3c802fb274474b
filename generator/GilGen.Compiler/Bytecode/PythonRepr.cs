using System;
using System.Globalization;
using System.Text;

namespace GilGen.Compiler.Bytecode;

/// <summary>CPython's repr() of constants: quote choice and escapes for str/bytes, shortest float repr, tuples, frozensets, code objects.</summary>
public static class PythonRepr
{
    /// <summary>repr(c). <paramref name="address"/> gives the "0x..." text of a code object.</summary>
    public static string Repr(Constant c, Func<CodeObject, string> address)
    {
        switch (c.Kind)
        {
            case ConstantKind.None: return "None";
            case ConstantKind.Ellipsis: return "Ellipsis";
            case ConstantKind.Bool: return c.BoolValue ? "True" : "False";
            case ConstantKind.Int: return c.BigIntText ?? c.IntValue.ToString(CultureInfo.InvariantCulture);
            case ConstantKind.Float: return FloatRepr(c.FloatValue);
            case ConstantKind.Complex: return ComplexMath.Repr(c.FloatValue, c.ImagValue, FloatRepr);
            case ConstantKind.Str: return StrRepr(c.StrValue!);
            case ConstantKind.Bytes: return BytesRepr(c.StrValue!);
            case ConstantKind.Tuple:
            {
                var sb = new StringBuilder("(");
                for (int i = 0; i < c.Items.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(Repr(c.Items[i], address));
                }
                if (c.Items.Count == 1) sb.Append(',');
                return sb.Append(')').ToString();
            }
            case ConstantKind.FrozenSet:
            {
                if (c.Items.Count == 0) return "frozenset()";
                var sb = new StringBuilder("frozenset({");
                // Built from the display's items, then rebuilt from its own iteration order when the
                // compiler merges constants (merge_consts_recursive in 3.9's compile.c).
                var items = FrozenSetOrder.Of(FrozenSetOrder.Of(c.Items));
                for (int i = 0; i < items.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(Repr(items[i], address));
                }
                return sb.Append("})").ToString();
            }
            case ConstantKind.Code:
            {
                var co = c.Code!;
                return $"<code object {co.Name} at {address(co)}, file \"{co.FileName}\", line {co.FirstLineNo}>";
            }
        }
        return "?";
    }

    /// <summary>repr(float): the shortest string that round-trips, in CPython's layout ('1e+16', '0.0001', '1.5').</summary>
    public static string FloatRepr(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        if (d == 0) return BitConverter.DoubleToInt64Bits(d) < 0 ? "-0.0" : "0.0";
        string r = d.ToString("R", CultureInfo.InvariantCulture);
        bool neg = r[0] == '-';
        if (neg) r = r.Substring(1);
        int exp = 0;
        int e = r.IndexOfAny(new[] { 'E', 'e' });
        if (e >= 0)
        {
            exp = int.Parse(r.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r.Substring(0, e);
        }
        int point = r.IndexOf('.');
        if (point < 0) point = r.Length;
        string digits = r.Replace(".", "");
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') lead++;
        digits = digits.Substring(lead);
        int decpt = point - lead + exp;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        string body;
        if (decpt <= -4 || decpt > 16)
        {
            int x = decpt - 1;
            body = digits.Substring(0, 1) + (digits.Length > 1 ? "." + digits.Substring(1) : "")
                + "e" + (x < 0 ? "-" : "+") + Math.Abs(x).ToString("00", CultureInfo.InvariantCulture);
        }
        else if (decpt <= 0) body = "0." + new string('0', -decpt) + digits;
        else if (decpt >= digits.Length) body = digits + new string('0', decpt - digits.Length) + ".0";
        else body = digits.Substring(0, decpt) + "." + digits.Substring(decpt);
        return neg ? "-" + body : body;
    }

    /// <summary>repr(str).</summary>
    public static string StrRepr(string s)
    {
        char quote = s.IndexOf('\'') >= 0 && s.IndexOf('"') < 0 ? '"' : '\'';
        var sb = new StringBuilder();
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char ch = s[i];
            if (ch == quote || ch == '\\') { sb.Append('\\').Append(ch); continue; }
            if (ch == '\t') { sb.Append("\\t"); continue; }
            if (ch == '\n') { sb.Append("\\n"); continue; }
            if (ch == '\r') { sb.Append("\\r"); continue; }
            if (ch < ' ' || ch == 0x7f) { sb.Append("\\x").Append(((int)ch).ToString("x2")); continue; }
            if (ch < 0x7f) { sb.Append(ch); continue; }
            int cp = ch;
            int width = 1;
            if (char.IsHighSurrogate(ch) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { cp = char.ConvertToUtf32(ch, s[i + 1]); width = 2; }
            if (IsPrintable(s, i)) sb.Append(s, i, width);
            else if (cp <= 0xff) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp <= 0xffff) sb.Append("\\u").Append(cp.ToString("x4"));
            else sb.Append("\\U").Append(cp.ToString("x8"));
            i += width - 1;
        }
        sb.Append(quote);
        return sb.ToString();
    }

    private static bool IsPrintable(string s, int i)
    {
        if (char.IsSurrogate(s[i]) && !(char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))) return false;
        var cat = CharUnicodeInfo.GetUnicodeCategory(s, i);
        return cat switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    /// <summary>repr(bytes); each char of <paramref name="latin1"/> is one byte.</summary>
    public static string BytesRepr(string latin1)
    {
        char quote = latin1.IndexOf('\'') >= 0 && latin1.IndexOf('"') < 0 ? '"' : '\'';
        var sb = new StringBuilder("b");
        sb.Append(quote);
        foreach (char ch in latin1)
        {
            if (ch == quote || ch == '\\') sb.Append('\\').Append(ch);
            else if (ch == '\t') sb.Append("\\t");
            else if (ch == '\n') sb.Append("\\n");
            else if (ch == '\r') sb.Append("\\r");
            else if (ch < ' ' || ch >= 0x7f) sb.Append("\\x").Append(((int)ch & 0xff).ToString("x2"));
            else sb.Append(ch);
        }
        return sb.Append(quote).ToString();
    }
}
