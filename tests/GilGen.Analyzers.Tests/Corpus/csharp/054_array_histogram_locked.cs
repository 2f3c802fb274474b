// group: storage: array element
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C054;

public static class Program
{
    public static void Run()
    {
        var values = Enumerable.Range(0, 10000).Select(i => (i * 7919) % 1000).ToArray();
        var hist = new int[10];
        var gate = new object();
        Parallel.ForEach(values, v =>
        {
            lock (gate)
            {
                hist[v % 10]++;
            }
        });
        Console.WriteLine(string.Join(",", hist));
    }
}
