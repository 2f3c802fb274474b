// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C127;

public static class Program
{
    public static void Run()
    {
        var primes = new ConcurrentBag<int>();
        Parallel.For(2, 5000, n =>
        {
            for (int d = 2; d * d <= n; d++)
                if (n % d == 0) return;
            primes.Add(n);
        });
        Console.WriteLine(primes.Count);
    }
}
