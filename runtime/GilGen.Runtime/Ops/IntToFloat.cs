using System;
using System.Numerics;

namespace GilGen.Runtime;

/// <summary>
/// Correctly rounded (round-half-to-even) conversions from Python ints to floats, as CPython's
/// PyLong_AsDouble and long true division give. .NET's (double)BigInteger truncates, which makes
/// float(10**300) print 9.999999999999999e+299.
/// </summary>
public static class IntToFloat
{
    private const int Precision = 53;
    private const int MinExponent = -1022;

    /// <summary>float(n); OverflowError "int too large to convert to float" when it does not fit.</summary>
    public static double Convert(BigInteger n)
    {
        double r = Round(BigInteger.Abs(n), inexact: false, exponent: 0);
        if (double.IsInfinity(r)) throw PyErr.OverflowError("int too large to convert to float");
        return n.Sign < 0 ? -r : r;
    }

    /// <summary>x / y for ints, correctly rounded; y is not zero.</summary>
    public static double Divide(BigInteger x, BigInteger y)
    {
        if (x.IsZero) return y.Sign < 0 ? -0.0 : 0.0;
        BigInteger a = BigInteger.Abs(x), b = BigInteger.Abs(y);
        // Scale so that the integer quotient carries at least Precision + 2 bits; the remainder becomes a sticky bit.
        long shift = Precision + 3 - (a.GetBitLength() - b.GetBitLength());
        BigInteger n = shift > 0 ? a << (int)shift : a, d = shift < 0 ? b << (int)-shift : b;
        var q = BigInteger.DivRem(n, d, out var remainder);
        double r = Round(q, inexact: !remainder.IsZero, exponent: -shift);
        if (double.IsInfinity(r)) throw PyErr.OverflowError("integer division result too large for a float");
        return (x.Sign < 0) != (y.Sign < 0) ? -r : r;
    }

    // m * 2**exponent rounded to the nearest double; inexact says the true value lies a little above m.
    private static double Round(BigInteger m, bool inexact, long exponent)
    {
        if (m.IsZero) return 0.0;
        long bits = (long)m.GetBitLength();
        long leading = bits - 1 + exponent;
        // Subnormal results keep fewer bits: round once, at the position the double will actually hold.
        long keep = leading < MinExponent ? Precision - (MinExponent - leading) : Precision;
        long drop = bits - Math.Max(keep, 0);
        if (drop > 0)
        {
            BigInteger q = m >> (int)Math.Min(drop, int.MaxValue);
            BigInteger rest = m - (q << (int)drop);
            BigInteger half = BigInteger.One << (int)(drop - 1);
            int cmp = rest.CompareTo(half);
            if (cmp > 0 || (cmp == 0 && (inexact || !q.IsEven))) q += 1;
            m = q;
            exponent += drop;
        }
        if (exponent > 2000) return double.PositiveInfinity;
        return Math.ScaleB((double)m, (int)Math.Max(exponent, -2000));
    }
}
