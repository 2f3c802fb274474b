// group: storage: captured local
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C066;

public static class Program
{
    public static void Run()
    {
        var results = new int[100];
        Parallel.For(0, 100, i =>
        {
            int steps = 0; // a fresh local in every invocation
            int n = i + 1;
            while (n != 1) { n = n % 2 == 0 ? n / 2 : 3 * n + 1; steps++; }
            results[i] = steps;
        });
        Console.WriteLine(results.Max());
    }
}
