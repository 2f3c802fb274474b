using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;

namespace GilGen.Compiler.Bytecode;

/// <summary>
/// The order in which CPython 3.9 iterates (and so prints) a frozenset constant: its hash table's
/// slot order after adding the items one by one (setobject.c: set_add_entry with linear probing,
/// perturbation, and a resize to four times the used count when the table is 3/5 full).
/// </summary>
/// <remarks>
/// Known only for items whose hash does not depend on the process: ints and bools (a str's hash is
/// randomized, so python3.9's own dis of a set of strings varies between runs). Other item kinds
/// keep the source order.
/// </remarks>
internal static class FrozenSetOrder
{
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;
    private static readonly BigInteger HashModulus = (BigInteger.One << 61) - 1;

    public static IReadOnlyList<Constant> Of(IReadOnlyList<Constant> items)
    {
        var hashes = new long[items.Count];
        for (int k = 0; k < items.Count; k++)
        {
            if (!TryHash(items[k], out hashes[k]))
                return items;
        }

        int mask = 7;
        var slots = new int[mask + 1];
        Fill(slots, -1);
        int used = 0;
        for (int k = 0; k < items.Count; k++)
        {
            if (Contains(slots, mask, items, hashes, k))
                continue;
            InsertClean(slots, mask, hashes, k);
            used++;
            if ((long)used * 5 >= (long)mask * 3)
            {
                int newSize = 8;
                while (newSize <= used * 4)
                    newSize <<= 1;
                var resized = new int[newSize];
                Fill(resized, -1);
                foreach (int old in slots)
                    if (old >= 0)
                        InsertClean(resized, newSize - 1, hashes, old);
                slots = resized;
                mask = newSize - 1;
            }
        }
        var ordered = new List<Constant>(used);
        foreach (int k in slots)
            if (k >= 0)
                ordered.Add(items[k]);
        return ordered;
    }

    private static void Fill(int[] slots, int value)
    {
        for (int i = 0; i < slots.Length; i++)
            slots[i] = value;
    }

    /// <summary>The probe sequence of set_add_entry/set_insert_clean, as a list of slots (a table without dummies).</summary>
    private static IEnumerable<ulong> Probes(long hash, int mask)
    {
        ulong m = (ulong)mask;
        ulong perturb = unchecked((ulong)hash);
        ulong i = unchecked((ulong)hash) & m;
        while (true)
        {
            yield return i;
            if (i + LinearProbes <= m)
                for (ulong j = 1; j <= LinearProbes; j++)
                    yield return i + j;
            perturb >>= PerturbShift;
            i = unchecked(i * 5 + 1 + perturb) & m;
        }
    }

    private static bool Contains(int[] slots, int mask, IReadOnlyList<Constant> items, long[] hashes, int k)
    {
        foreach (ulong i in Probes(hashes[k], mask))
        {
            int there = slots[i];
            if (there < 0)
                return false;
            if (hashes[there] == hashes[k] && NumericEquals(items[there], items[k]))
                return true;
        }
        return false;
    }

    private static void InsertClean(int[] slots, int mask, long[] hashes, int k)
    {
        foreach (ulong i in Probes(hashes[k], mask))
        {
            if (slots[i] < 0)
            {
                slots[i] = k;
                return;
            }
        }
    }

    private static bool NumericEquals(Constant a, Constant b) => Value(a) == Value(b);

    private static BigInteger Value(Constant c) => c.Kind == ConstantKind.Bool
        ? (c.BoolValue ? BigInteger.One : BigInteger.Zero)
        : c.BigIntText is { } text ? BigInteger.Parse(text, CultureInfo.InvariantCulture) : new BigInteger(c.IntValue);

    /// <summary>CPython's hash of an int: the value modulo 2**61 - 1 with the sign kept, -1 made -2.</summary>
    private static bool TryHash(Constant c, out long hash)
    {
        hash = 0;
        if (c.Kind is not (ConstantKind.Int or ConstantKind.Bool))
            return false;
        BigInteger v = Value(c);
        BigInteger h = BigInteger.Remainder(BigInteger.Abs(v), HashModulus);
        if (v.Sign < 0)
            h = -h;
        hash = (long)h;
        if (hash == -1)
            hash = -2;
        return true;
    }
}
