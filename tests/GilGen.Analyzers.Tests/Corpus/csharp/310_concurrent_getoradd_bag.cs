// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C310;

public static class Program
{
    public static void Run()
    {
        var groups = new ConcurrentDictionary<int, ConcurrentBag<int>>();
        Parallel.For(0, 1000, i => groups.GetOrAdd(i % 10, _ => new ConcurrentBag<int>()).Add(i));
        Console.WriteLine(groups.Values.Sum(b => b.Count));
    }
}
