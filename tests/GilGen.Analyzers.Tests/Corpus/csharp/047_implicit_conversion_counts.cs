// group: implicit: operator/conversion
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C047;

public readonly struct Meters
{
    public static long Conversions;
    public readonly double Value;

    public Meters(double value) { Value = value; }

    public static implicit operator double(Meters m)
    {
        Conversions++; // expect: GIL2001
        return m.Value;
    }
}

public static class Program
{
    public static void Run()
    {
        var lengths = Enumerable.Range(1, 200).Select(i => new Meters(i)).ToArray();
        double total = lengths.AsParallel().Select(m => (double)m).Sum();
        Console.WriteLine(total + " " + Meters.Conversions);
    }
}
