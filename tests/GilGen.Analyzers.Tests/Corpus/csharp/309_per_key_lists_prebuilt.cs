// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C309;

public static class Program
{
    public static void Run()
    {
        var keys = new[] { "a", "b", "c", "d" };
        var buckets = keys.ToDictionary(k => k, k => new List<int>()); // built before the loop
        Parallel.ForEach(keys, k =>
        {
            var mine = buckets[k]; // each iteration owns one list
            for (int i = 0; i < 100; i++) mine.Add(i);
        });
        Console.WriteLine(buckets.Values.Sum(l => l.Count));
    }
}
