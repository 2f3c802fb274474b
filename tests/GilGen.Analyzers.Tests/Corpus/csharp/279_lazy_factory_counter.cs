// group: check-then-act: double-checked initialization
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C279;

public static class Program
{
    static int _created;
    static readonly Lazy<List<int>> Primes = new Lazy<List<int>>(() =>
    {
        _created++; // the factory runs once (ExecutionAndPublication)
        return new List<int> { 2, 3, 5, 7 };
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void Run()
    {
        var sums = new int[8];
        Parallel.For(0, sums.Length, i => sums[i] = Primes.Value.Sum());
        Console.WriteLine(sums.Sum() + " " + _created);
    }
}
