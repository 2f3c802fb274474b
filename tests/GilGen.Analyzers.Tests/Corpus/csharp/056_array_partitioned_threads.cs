// group: storage: array element
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C056;

public static class Program
{
    public static void Run()
    {
        var counts = new long[4];
        var threads = new Thread[4];
        for (int t = 0; t < threads.Length; t++)
        {
            int k = t; // each thread owns counts[k] alone
            threads[t] = new Thread(() =>
            {
                for (int i = 0; i < 1000; i++) counts[k] += i;
            });
            threads[t].Start();
        }
        foreach (var th in threads) th.Join();
        Console.WriteLine(counts.Sum());
    }
}
