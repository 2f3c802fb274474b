using System;
using System.Numerics;

namespace GilGen.Runtime;

/// <summary>
/// MT19937 exactly as CPython's _randommodule.c runs it: init_by_array seeding from the 32-bit words of a
/// non-negative int (least significant first), genrand_uint32, random() from two words (53 bits) and
/// getrandbits from whole words, least significant first. Same seed, same numbers as CPython.
/// </summary>
public sealed class MersenneTwister
{
    /// <summary>State words.</summary>
    public const int N = 624;
    private const int M = 397;
    private const uint MatrixA = 0x9908b0dfU, UpperMask = 0x80000000U, LowerMask = 0x7fffffffU;

    private readonly uint[] _mt = new uint[N];
    private int _index = N + 1;

    /// <summary>The state words (for getstate/setstate).</summary>
    public uint[] State => _mt;

    /// <summary>The position in the state (for getstate/setstate).</summary>
    public int Index { get => _index; set => _index = value; }

    private void InitGenrand(uint s)
    {
        _mt[0] = s;
        for (int i = 1; i < N; i++)
            _mt[i] = 1812433253U * (_mt[i - 1] ^ (_mt[i - 1] >> 30)) + (uint)i;
        _index = N;
    }

    /// <summary>init_by_array: seeds from <paramref name="key"/> (at least one word).</summary>
    public void InitByArray(uint[] key)
    {
        InitGenrand(19650218U);
        int i = 1, j = 0;
        int k = N > key.Length ? N : key.Length;
        for (; k > 0; k--)
        {
            _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint)j;
            i++; j++;
            if (i >= N) { _mt[0] = _mt[N - 1]; i = 1; }
            if (j >= key.Length) j = 0;
        }
        for (k = N - 1; k > 0; k--)
        {
            _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1566083941U)) - (uint)i;
            i++;
            if (i >= N) { _mt[0] = _mt[N - 1]; i = 1; }
        }
        _mt[0] = 0x80000000U;
    }

    /// <summary>Seeds from a non-negative int: its 32-bit words, least significant first (CPython's random_seed).</summary>
    public void Seed(BigInteger n)
    {
        if (n.Sign < 0) n = -n;
        var bytes = n.ToByteArray(isUnsigned: true, isBigEndian: false);
        int words = n.IsZero ? 1 : (int)((n.GetBitLength() - 1) / 32 + 1);
        var key = new uint[words];
        for (int b = 0; b < bytes.Length && b / 4 < words; b++) key[b / 4] |= (uint)bytes[b] << (8 * (b % 4));
        InitByArray(key);
    }

    /// <summary>genrand_uint32: the next 32 random bits.</summary>
    public uint NextUInt32()
    {
        uint y;
        if (_index >= N)
        {
            int kk;
            for (kk = 0; kk < N - M; kk++)
            {
                y = (_mt[kk] & UpperMask) | (_mt[kk + 1] & LowerMask);
                _mt[kk] = _mt[kk + M] ^ (y >> 1) ^ ((y & 1U) != 0 ? MatrixA : 0U);
            }
            for (; kk < N - 1; kk++)
            {
                y = (_mt[kk] & UpperMask) | (_mt[kk + 1] & LowerMask);
                _mt[kk] = _mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1U) != 0 ? MatrixA : 0U);
            }
            y = (_mt[N - 1] & UpperMask) | (_mt[0] & LowerMask);
            _mt[N - 1] = _mt[M - 1] ^ (y >> 1) ^ ((y & 1U) != 0 ? MatrixA : 0U);
            _index = 0;
        }
        y = _mt[_index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680U;
        y ^= (y << 15) & 0xefc60000U;
        y ^= y >> 18;
        return y;
    }

    /// <summary>random(): a float in [0, 1) with 53 random bits.</summary>
    public double NextDouble()
    {
        uint a = NextUInt32() >> 5, b = NextUInt32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /// <summary>getrandbits(k) for 0 &lt;= k &lt;= 64 without allocating.</summary>
    public ulong NextBits64(int k)
    {
        if (k == 0) return 0;
        if (k <= 32) return NextUInt32() >> (32 - k);
        ulong low = NextUInt32();
        ulong high = NextUInt32() >> (64 - k);
        return low | (high << 32);
    }

    /// <summary>getrandbits(k) for any k &gt;= 0.</summary>
    public BigInteger NextBits(long k)
    {
        if (k <= 64) return NextBits64((int)k);
        long words = (k - 1) / 32 + 1;
        var bytes = new byte[words * 4];
        for (long i = 0; i < words; i++, k -= 32)
        {
            uint r = NextUInt32();
            if (k < 32) r >>= (int)(32 - k);
            bytes[i * 4] = (byte)r; bytes[i * 4 + 1] = (byte)(r >> 8); bytes[i * 4 + 2] = (byte)(r >> 16); bytes[i * 4 + 3] = (byte)(r >> 24);
        }
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    /// <summary>_randbelow_with_getrandbits(n): uniform in [0, n) for n &gt; 0, as random.py draws it.</summary>
    public BigInteger Below(BigInteger n)
    {
        if (n <= long.MaxValue) return BelowLong((long)n);
        long k = (long)n.GetBitLength();
        var r = NextBits(k);
        while (r >= n) r = NextBits(k);
        return r;
    }

    /// <summary><see cref="Below(BigInteger)"/> for a 64-bit bound.</summary>
    public long BelowLong(long n)
    {
        int k = 64 - BitOperations.LeadingZeroCount((ulong)n);
        ulong r = NextBits64(k);
        while (r >= (ulong)n) r = NextBits64(k);
        return (long)r;
    }
}
