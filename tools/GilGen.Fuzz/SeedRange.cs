using System;
using System.Collections.Generic;
using System.Linq;

namespace GilGen.Fuzz;

/// <summary>Seeds written as ranges and single seeds separated by commas: <c>1-20000</c>, <c>7,42,100-120</c>.</summary>
internal sealed class SeedRange
{
    private readonly ulong[] _seeds;
    private readonly string _text;

    private SeedRange(ulong[] seeds, string text)
    {
        _seeds = seeds;
        _text = text;
    }

    public static SeedRange Parse(string text)
    {
        var seeds = new List<ulong>();
        foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int dash = part.IndexOf('-');
            ulong first = ulong.Parse(dash < 0 ? part : part[..dash]);
            ulong last = dash < 0 ? first : ulong.Parse(part[(dash + 1)..]);
            if (last < first)
                throw new FormatException("empty seed range " + part);
            for (ulong s = first; s <= last; s++)
                seeds.Add(s);
        }
        return new SeedRange(seeds.Distinct().ToArray(), text);
    }

    public int Count => _seeds.Length;

    public IEnumerable<ulong> Seeds() => _seeds;

    public override string ToString() => _text.Length > 60 ? _text[..60] + "..." : _text;
}
