using System;

namespace GilGen.Cli.Caching;

/// <summary>
/// The 128-bit FNV-1a hash, which names a cache entry. Not cryptographic, and it need not be: an entry stores its
/// whole key text and a load compares it, so a collision costs a recompile, never a wrong assembly. SHA-256 did the
/// same job but loaded System.Security.Cryptography and OpenSSL (5 MB resident) into every cached run.
/// </summary>
/// <remarks>
/// Two 64-bit halves rather than <see cref="UInt128"/>, whose generic-math operators are not precompiled in the
/// framework: the JIT compiled ten of them at every start-up.
/// </remarks>
public static class Fnv1a128
{
    private const ulong OffsetBasisHigh = 0x6c62272e07bb0142;
    private const ulong OffsetBasisLow = 0x62b821756295c58d;

    // The FNV prime is 2^88 + 0x13B.
    private const ulong PrimeLow = 0x13B;

    /// <summary>The hash of <paramref name="text"/>'s UTF-16 code units (low byte first), as 32 lower-case hex digits.</summary>
    public static string HashHex(ReadOnlySpan<char> text)
    {
        ulong high = OffsetBasisHigh, low = OffsetBasisLow;
        foreach (char c in text)
        {
            Step(ref high, ref low, (byte)c);
            Step(ref high, ref low, (byte)(c >> 8));
        }
        return high.ToString("x16", System.Globalization.CultureInfo.InvariantCulture) + low.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }

    // hash = (hash ^ octet) * (2^88 + 0x13B) mod 2^128: the low half's product with 0x13B, plus the high half's,
    // plus the low half shifted up by 88 bits (24 within the high half).
    private static void Step(ref ulong high, ref ulong low, byte octet)
    {
        low ^= octet;
        ulong carry = Math.BigMul(low, PrimeLow, out ulong product);
        high = carry + high * PrimeLow + (low << 24);
        low = product;
    }
}
