using System;
using System.Numerics;

namespace GilGen.Compiler.Bytecode;

/// <summary>
/// <c>a / b</c> for ints of any size, correctly rounded, for constant folding (CPython 3.9 folds
/// <c>1 / 10**30</c> to a float constant). The runtime has its own (runtime/.../IntToFloat.cs); this
/// assembly targets netstandard2.0 and cannot use it.
/// </summary>
internal static class IntTrueDivision
{
    /// <summary>The quotient, or null when it is not a normal finite double (left to run time, which raises or rounds as CPython).</summary>
    public static double? TryDivide(BigInteger a, BigInteger b)
    {
        if (b.IsZero)
            return null;
        if (a.IsZero)
            return a.Sign == b.Sign || b.Sign > 0 ? 0.0 : -0.0;
        bool negative = (a.Sign < 0) != (b.Sign < 0);
        a = BigInteger.Abs(a);
        b = BigInteger.Abs(b);
        // Scale so that the quotient has 55 or 56 bits: two more than a double's mantissa, the last
        // one sticky (set when the division is inexact), so that one rounding to nearest is exact.
        int shift = 55 - (BitLength(a) - BitLength(b));
        if (shift > 0)
            a <<= shift;
        else
            b <<= -shift;
        BigInteger q = BigInteger.DivRem(a, b, out BigInteger r);
        ulong bits = (ulong)q;
        if (!r.IsZero)
            bits |= 1;
        if (shift > 1000 || shift < -1000)
            return null;
        double result = bits * Pow2(-shift);
        if (double.IsInfinity(result) || result < 2.2250738585072014e-308)
            return null;
        return negative ? -result : result;
    }

    private static double Pow2(int n) => n switch
    {
        > 1023 => Pow2(1023) * Pow2(n - 1023),
        < -1022 => Pow2(-1022) * Pow2(n + 1022),
        _ => BitConverter.Int64BitsToDouble((long)(n + 1023) << 52),
    };

    private static int BitLength(BigInteger v)
    {
        byte[] bytes = v.ToByteArray();
        int top = bytes.Length - 1;
        while (top > 0 && bytes[top] == 0)
            top--;
        int bits = top * 8;
        for (int b = bytes[top]; b != 0; b >>= 1)
            bits++;
        return bits;
    }
}
