// group: precision: per-instance lock (lock identity includes the receiver)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C277;

public sealed class Counter
{
    public int Value;
}

public static class Program
{
    public static void Run()
    {
        var results = new int[4];
        var ts = Enumerable.Range(0, 4).Select(k => new Thread(() =>
        {
            var mine = new Counter(); // never shared
            for (int i = 0; i < 1000; i++) mine.Value++;
            results[k] = mine.Value;
        })).ToList();
        ts.ForEach(t => t.Start());
        ts.ForEach(t => t.Join());
        Console.WriteLine(results.Sum());
    }
}
