// group: storage: array element
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C304;

public sealed class Histogram
{
    public int[] Bins { get; } = new int[5];
}

public static class Program
{
    public static void Run()
    {
        var h = new Histogram();
        Parallel.For(0, 1000, i =>
        {
            h.Bins[i % 5]++; // expect: GIL2001
        });
        Console.WriteLine(h.Bins.Sum());
    }
}
