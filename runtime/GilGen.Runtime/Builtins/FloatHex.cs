using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace GilGen.Runtime;

/// <summary>float.hex, float.fromhex and float.as_integer_ratio, exact as CPython's floatobject.c.</summary>
public static class FloatHex
{
    /// <summary>float.hex(x): "0x1.8000000000000p+0".</summary>
    public static string ToHex(double x)
    {
        if (double.IsNaN(x)) return "nan";
        if (double.IsInfinity(x)) return x > 0 ? "inf" : "-inf";
        string sign = double.IsNegative(x) ? "-" : "";
        if (x == 0) return sign + "0x0.0p+0";
        double m = Math.Abs(x);
        int e = Math.ILogB(m) + 1;
        m = Math.ScaleB(m, -e); // frexp: m in [0.5, 1)
        int shift = 1 - Math.Max(-1021 - e, 0);
        m = Math.ScaleB(m, shift);
        e -= shift;
        var sb = new StringBuilder();
        int digit = (int)m;
        sb.Append("0123456789abcdef"[digit]).Append('.');
        m -= digit;
        for (int i = 0; i < 13; i++)
        {
            m *= 16.0;
            digit = (int)m;
            sb.Append("0123456789abcdef"[digit]);
            m -= digit;
        }
        return sign + "0x" + sb + "p" + (e >= 0 ? "+" : "") + e.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>float.fromhex(s), correctly rounded (half to even).</summary>
    public static double FromHex(string text)
    {
        string s = text.Trim();
        string lower = s.ToLowerInvariant();
        int i = 0;
        bool negative = false;
        if (i < lower.Length && (lower[i] == '+' || lower[i] == '-')) { negative = lower[i] == '-'; i++; }
        string rest = lower.Substring(i);
        if (rest is "inf" or "infinity") return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (rest == "nan") return negative ? -Numbers.PositiveNaN : Numbers.PositiveNaN;
        if (rest.StartsWith("0x", StringComparison.Ordinal)) i += 2;
        BigInteger mant = 0;
        long exp = 0;
        int digits = 0;
        bool dot = false;
        for (; i < lower.Length; i++)
        {
            char c = lower[i];
            if (c == '.' && !dot) { dot = true; continue; }
            int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (v < 0) break;
            mant = mant * 16 + v;
            digits++;
            if (dot) exp -= 4;
        }
        if (digits == 0) throw Invalid();
        if (i < lower.Length && lower[i] == 'p')
        {
            i++;
            int start = i;
            if (i < lower.Length && (lower[i] == '+' || lower[i] == '-')) i++;
            int digitStart = i;
            while (i < lower.Length && char.IsAsciiDigit(lower[i])) i++;
            if (i == digitStart) throw Invalid();
            var pe = BigInteger.Parse(lower.AsSpan(start, i - start), CultureInfo.InvariantCulture);
            if (BigInteger.Abs(pe) > 100000) pe = pe.Sign * 100000;
            exp += (long)pe;
        }
        if (i != lower.Length) throw Invalid();
        if (mant.IsZero) return negative ? -0.0 : 0.0;
        long bl = (long)mant.GetBitLength();
        long top = bl + exp - 1;
        if (top > 1023) throw PyErr.OverflowError("hexadecimal value too large to represent as a float");
        long keep = top >= -1022 ? 53 : 53 - (-1022 - top);
        if (keep <= 0)
        {
            // Below half the smallest subnormal rounds to zero; exactly half rounds to even (zero); above to it.
            var halfUlpPow = -1075 - exp;
            bool aboveHalf = keep == 0 && (halfUlpPow < 0 ? false : mant > BigInteger.One << (int)Math.Min(halfUlpPow, int.MaxValue));
            double tiny = aboveHalf ? double.Epsilon : 0.0;
            return negative ? -tiny : tiny;
        }
        long shift = bl - keep;
        if (shift > 0)
        {
            var q = mant >> (int)shift;
            var r = mant - (q << (int)shift);
            var half = BigInteger.One << (int)(shift - 1);
            if (r > half || (r == half && !q.IsEven)) q += 1;
            mant = q;
            exp += shift;
        }
        double result = Math.ScaleB((double)mant, (int)exp);
        if (double.IsInfinity(result)) throw PyErr.OverflowError("hexadecimal value too large to represent as a float");
        return negative ? -result : result;
    }

    private static PyException Invalid() => PyErr.ValueError("invalid hexadecimal floating-point string");

    /// <summary>float.as_integer_ratio(): the exact fraction in lowest terms, positive denominator.</summary>
    public static (BigInteger Numerator, BigInteger Denominator) IntegerRatio(double x)
    {
        if (double.IsInfinity(x)) throw PyErr.OverflowError("cannot convert Infinity to integer ratio");
        if (double.IsNaN(x)) throw PyErr.ValueError("cannot convert NaN to integer ratio");
        if (x == 0) return (0, 1);
        long bits = BitConverter.DoubleToInt64Bits(x);
        int rawExp = (int)((bits >> 52) & 0x7ff);
        long frac = bits & 0xfffffffffffffL;
        BigInteger mant = rawExp == 0 ? frac : frac | (1L << 52);
        int e = (rawExp == 0 ? 1 : rawExp) - 1075;
        if (x < 0) mant = -mant;
        if (e >= 0) return (mant << e, 1);
        BigInteger den = BigInteger.One << -e;
        var g = BigInteger.GreatestCommonDivisor(mant, den);
        return (mant / g, den / g);
    }
}
