// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C134;

public static class Program
{
    public static void Run()
    {
        var evens = new List<int>();
        Parallel.For(0, 10000,
            () => new List<int>(),
            (i, state, local) => { if (i % 2 == 0) local.Add(i); return local; },
            local =>
            {
                evens.AddRange(local); // expect: GIL2006
            });
        Console.WriteLine(evens.Count);
    }
}
