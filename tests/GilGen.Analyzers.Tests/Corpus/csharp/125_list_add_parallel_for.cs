// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C125;

public static class Program
{
    public static void Run()
    {
        var primes = new List<int>();
        Parallel.For(2, 5000, n =>
        {
            for (int d = 2; d * d <= n; d++)
                if (n % d == 0) return;
            primes.Add(n); // expect: GIL2006
        });
        Console.WriteLine(primes.Count);
    }
}
