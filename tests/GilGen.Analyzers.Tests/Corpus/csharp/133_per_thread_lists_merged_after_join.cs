// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C133;

public static class Program
{
    public static void Run()
    {
        var parts = new List<int>[4];
        var threads = new Thread[4];
        for (int t = 0; t < 4; t++)
        {
            int k = t;
            parts[k] = new List<int>();
            threads[k] = new Thread(() =>
            {
                for (int i = k; i < 1000; i += 4) parts[k].Add(i); // each thread has its own list
            });
            threads[k].Start();
        }
        var all = new List<int>();
        foreach (var th in threads) th.Join();
        foreach (var p in parts) all.AddRange(p);
        Console.WriteLine(all.Count);
    }
}
