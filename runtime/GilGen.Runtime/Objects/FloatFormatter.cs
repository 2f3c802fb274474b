using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace GilGen.Runtime;

/// <summary>
/// Formats doubles exactly as CPython does: repr (shortest round-trip, '1.0', '1e+16', 'inf', 'nan'),
/// and the 'f', 'e', 'g' presentations with correct round-half-even on the exact binary value.
/// </summary>
public static class FloatFormatter
{
    /// <summary>repr(float) / str(float).</summary>
    public static string Repr(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return BitConverter.DoubleToInt64Bits(d) < 0 ? "-0.0" : "0.0";
        ShortestDigits(d, out var digits, out int decpt);
        var sb = new StringBuilder();
        if (d < 0) sb.Append('-');
        if (decpt <= -4 || decpt > 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            int exp = decpt - 1;
            sb.Append(exp < 0 ? "e-" : "e+").Append(Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture));
        }
        else AppendFixed(sb, digits, decpt, minFraction: 1);
        return sb.ToString();
    }

    /// <summary>The shortest digits that round-trip, and the decimal point position (value = 0.digits * 10**decpt).</summary>
    private static void ShortestDigits(double d, out string digits, out int decpt)
    {
        // "R" gives the shortest round-trip digits on .NET Core 3.0+; take them in scientific form.
        var s = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        int exp = 0;
        int ei = s.IndexOfAny(new[] { 'E', 'e' });
        if (ei >= 0) { exp = int.Parse(s.AsSpan(ei + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture); s = s.Substring(0, ei); }
        int dot = s.IndexOf('.');
        string intPart = dot >= 0 ? s.Substring(0, dot) : s;
        string frac = dot >= 0 ? s.Substring(dot + 1) : "";
        string all = intPart + frac;
        int point = intPart.Length + exp;
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0') { lead++; point--; }
        all = all.Substring(lead).TrimEnd('0');
        if (all.Length == 0) all = "0";
        digits = all;
        decpt = point;
    }

    private static void AppendFixed(StringBuilder sb, string digits, int decpt, int minFraction)
    {
        if (decpt <= 0)
        {
            sb.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            sb.Append(digits).Append('0', decpt - digits.Length);
            if (minFraction > 0) sb.Append(".0");
        }
        else
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
    }

    /// <summary>The exact decimal expansion of |d|: integer digits string and count of fractional digits.</summary>
    private static (BigInteger mant, int scale) Exact(double d)
    {
        long bits = BitConverter.DoubleToInt64Bits(d) & long.MaxValue;
        int exp = (int)(bits >> 52);
        long frac = bits & ((1L << 52) - 1);
        if (exp == 0) exp = 1; else frac |= 1L << 52;
        exp -= 1075;
        if (exp >= 0) return (new BigInteger(frac) << exp, 0);
        return (new BigInteger(frac) * BigInteger.Pow(5, -exp), -exp);
    }

    /// <summary>Rounds mant / 10**scale to <paramref name="places"/> fractional digits, half to even.</summary>
    private static BigInteger RoundTo(BigInteger mant, int scale, int places)
    {
        if (places >= scale) return mant * BigInteger.Pow(10, places - scale);
        var div = BigInteger.Pow(10, scale - places);
        var q = BigInteger.DivRem(mant, div, out var rem);
        var twice = rem * 2;
        if (twice > div || (twice == div && !q.IsEven)) q += 1;
        return q;
    }

    /// <summary>'%.Nf' / '{:.Nf}' without sign handling of nan/inf (the caller adds the sign).</summary>
    public static string Fixed(double d, int precision)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        var (mant, scale) = Exact(d);
        var q = RoundTo(mant, scale, precision);
        var s = q.ToString(CultureInfo.InvariantCulture);
        if (precision > 0)
        {
            if (s.Length <= precision) s = new string('0', precision - s.Length + 1) + s;
            s = s.Substring(0, s.Length - precision) + "." + s.Substring(s.Length - precision);
        }
        bool neg = BitConverter.DoubleToInt64Bits(d) < 0;
        return neg ? "-" + s : s;
    }

    /// <summary>Digits of |d| rounded to <paramref name="significant"/> significant digits, and the exponent of the first.</summary>
    private static (string digits, int exp10) Significant(double d, int significant)
    {
        if (d == 0) return (new string('0', significant), 0);
        var (mant, scale) = Exact(d);
        int len = mant.ToString(CultureInfo.InvariantCulture).Length;
        int exp10 = len - 1 - scale;
        int places = significant - 1 - exp10;
        BigInteger q = places >= 0 ? RoundTo(mant, scale, places) : RoundTo(mant, scale + (-places), 0);
        var s = q.ToString(CultureInfo.InvariantCulture);
        if (s.Length > significant) { exp10++; s = s.Substring(0, significant); }
        return (s, exp10);
    }

    /// <summary>'%.Ne' / '{:.Ne}'.</summary>
    public static string Exponent(double d, int precision, bool upper = false)
    {
        if (double.IsNaN(d)) return upper ? "NAN" : "nan";
        if (double.IsInfinity(d)) return d > 0 ? (upper ? "INF" : "inf") : (upper ? "-INF" : "-inf");
        var (digits, exp10) = Significant(Math.Abs(d), precision + 1);
        var sb = new StringBuilder();
        if (BitConverter.DoubleToInt64Bits(d) < 0) sb.Append('-');
        sb.Append(digits[0]);
        if (precision > 0) sb.Append('.').Append(digits, 1, precision);
        sb.Append(upper ? 'E' : 'e').Append(exp10 < 0 ? '-' : '+').Append(Math.Abs(exp10).ToString("00", CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    /// <summary>'%g' / '{:g}': fixed or exponent by magnitude, trailing zeros removed unless <paramref name="alternate"/>.</summary>
    public static string General(double d, int precision, bool upper = false, bool alternate = false, int? scientificFrom = null)
    {
        if (double.IsNaN(d)) return upper ? "NAN" : "nan";
        if (double.IsInfinity(d)) return d > 0 ? (upper ? "INF" : "inf") : (upper ? "-INF" : "-inf");
        if (precision == 0) precision = 1;
        var (digits, exp10) = Significant(Math.Abs(d), precision);
        if (d == 0) exp10 = 0;
        string body;
        if (exp10 < -4 || exp10 >= (scientificFrom ?? precision))
        {
            string mant = digits.Length > 1 ? digits[0] + "." + digits.Substring(1) : digits;
            if (!alternate && mant.Contains('.')) mant = mant.TrimEnd('0').TrimEnd('.');
            body = mant + (upper ? "E" : "e") + (exp10 < 0 ? "-" : "+") + Math.Abs(exp10).ToString("00", CultureInfo.InvariantCulture);
        }
        else
        {
            var sb = new StringBuilder();
            AppendFixed(sb, digits, exp10 + 1, 0);
            body = sb.ToString();
            if (!alternate && body.Contains('.')) body = body.TrimEnd('0').TrimEnd('.');
        }
        return BitConverter.DoubleToInt64Bits(d) < 0 ? "-" + body : body;
    }

    /// <summary>format(d, '') / the 'r' presentation with a precision: like str, except precision given means 'g' with repr rules.</summary>
    public static string GeneralNoType(double d, int precision)
    {
        // CPython: with no type and a precision, behaves like 'g' except that it switches to scientific notation one
        // exponent earlier (exp >= precision - 1) and keeps at least one digit after the point when fixed.
        var s = General(d, precision, scientificFrom: Math.Max(precision, 1) - 1);
        if (!double.IsFinite(d)) return s;
        if (!s.Contains('.') && !s.Contains('e')) s += ".0";
        return s;
    }
}
