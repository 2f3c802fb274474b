using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Numerics;

namespace GilGen.Runtime;

/// <summary>CPython's numeric hash (modulo 2**61 - 1), so that equal ints, floats and bools hash alike.</summary>
public static class NumericHash
{
    private const long Modulus = (1L << 61) - 1;

    /// <summary>hash() of an int that fits in 64 bits.</summary>
    public static long OfLong(long v)
    {
        if (v == long.MinValue) return OfBig(v);
        long r = Math.Abs(v) % Modulus;
        if (v < 0) r = -r;
        return r == -1 ? -2 : r;
    }

    /// <summary>hash() of a big int.</summary>
    public static long OfBig(BigInteger v)
    {
        var r = (long)(BigInteger.Abs(v) % Modulus);
        if (v.Sign < 0) r = -r;
        return r == -1 ? -2 : r;
    }

    /// <summary>hash() of a float, equal to the int's hash when the float is integral (CPython's _Py_HashDouble).</summary>
    public static long OfDouble(double d)
    {
        if (double.IsInfinity(d)) return d > 0 ? 314159 : -314159;
        if (double.IsNaN(d)) return 0;
        if (d == Math.Floor(d) && Math.Abs(d) < 9.2e18) return OfLong((long)d);
        int sign = 1;
        if (d < 0) { sign = -1; d = -d; }
        int e;
        double m = Frexp(d, out e);
        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & Modulus) | (x >> (61 - 28));
            m *= 268435456.0;
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= Modulus) x -= Modulus;
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & Modulus) | (x >> (61 - e));
        long r = (long)x * sign;
        return r == -1 ? -2 : r;
    }

    private static double Frexp(double d, out int e)
    {
        if (d == 0) { e = 0; return 0; }
        long bits = BitConverter.DoubleToInt64Bits(d);
        int exp = (int)((bits >> 52) & 0x7FF);
        if (exp == 0)
        {
            d *= Math.Pow(2, 54);
            bits = BitConverter.DoubleToInt64Bits(d);
            exp = (int)((bits >> 52) & 0x7FF) - 54;
        }
        e = exp - 1022;
        bits = (bits & ~(0x7FFL << 52)) | (1022L << 52);
        return BitConverter.Int64BitsToDouble(bits);
    }
}
