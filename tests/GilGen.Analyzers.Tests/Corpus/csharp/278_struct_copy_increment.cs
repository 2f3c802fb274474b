// group: storage: auto-property / field-backed property
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C278;

public struct Totals
{
    public int Count;
    public long Sum;
}

public static class Program
{
    static Totals _shared = new Totals { Count = 1, Sum = 10 };

    public static void Run()
    {
        var results = new long[8];
        Parallel.For(0, results.Length, i =>
        {
            var t = _shared; // a copy of the struct: the increments touch only the copy
            t.Count++;
            t.Sum += i;
            results[i] = t.Sum * t.Count;
        });
        Console.WriteLine(results.Sum());
    }
}
