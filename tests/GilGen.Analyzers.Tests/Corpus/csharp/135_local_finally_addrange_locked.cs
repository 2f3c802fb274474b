// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C135;

public static class Program
{
    public static void Run()
    {
        var evens = new List<int>();
        var gate = new object();
        Parallel.For(0, 10000,
            () => new List<int>(),
            (i, state, local) => { if (i % 2 == 0) local.Add(i); return local; },
            local => { lock (gate) evens.AddRange(local); });
        Console.WriteLine(evens.Count);
    }
}
