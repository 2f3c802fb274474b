// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C126;

public static class Program
{
    public static void Run()
    {
        var primes = new List<int>();
        var gate = new object();
        Parallel.For(2, 5000, n =>
        {
            for (int d = 2; d * d <= n; d++)
                if (n % d == 0) return;
            lock (gate) primes.Add(n);
        });
        Console.WriteLine(primes.Count);
    }
}
