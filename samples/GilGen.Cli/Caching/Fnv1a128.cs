using System;

namespace GilGen.Cli.Caching;

/// <summary>
/// The 128-bit FNV-1a hash, which names a cache entry. Not cryptographic, and it need not be: an entry stores its
/// whole key text and a load compares it, so a collision costs a recompile, never a wrong assembly. SHA-256 did the
/// same job but loaded System.Security.Cryptography and OpenSSL (5 MB resident) into every cached run.
/// </summary>
public static class Fnv1a128
{
    private static readonly UInt128 OffsetBasis = new(0x6c62272e07bb0142, 0x62b821756295c58d);

    /// <summary>The hash of <paramref name="text"/>'s UTF-16 code units, low byte first.</summary>
    public static UInt128 Hash(ReadOnlySpan<char> text)
    {
        UInt128 hash = OffsetBasis;
        foreach (char c in text)
        {
            hash = Step(hash, (byte)c);
            hash = Step(hash, (byte)(c >> 8));
        }
        return hash;
    }

    // The FNV prime is 2^88 + 2^8 + 0x3B: the product is a shift plus a small multiple.
    private static UInt128 Step(UInt128 hash, byte octet)
    {
        hash ^= octet;
        return (hash << 88) + hash * 0x13B;
    }
}
