using System;
using System.Collections.Generic;

namespace GilGen.Fuzz.Generation;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood): the generator's only source of randomness. Its sequence is a
/// fixed function of the seed on every machine and .NET version, which System.Random's is not, so a
/// seed names the same program forever.
/// </summary>
internal sealed class SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed)
    {
        _state = seed;
    }

    public ulong NextUInt64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, bound): the high bits by multiplication, no modulo bias worth caring about.</summary>
    public int Below(int bound)
    {
        if (bound <= 0)
            throw new ArgumentOutOfRangeException(nameof(bound));
        return (int)((NextUInt64() >> 32) * (ulong)bound >> 32);
    }

    /// <summary>A number in [low, high].</summary>
    public int Between(int low, int high) => low + Below(high - low + 1);

    /// <summary>True with probability <paramref name="percent"/>/100.</summary>
    public bool Chance(int percent) => Below(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];
}
