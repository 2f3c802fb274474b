// group: storage: auto-property / field-backed property
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C122;

public static class Program
{
    static readonly ConcurrentDictionary<string, int> Counts = new ConcurrentDictionary<string, int>();

    public static void Run()
    {
        Counts["hits"] = 0;
        Parallel.For(0, 1000, i =>
        {
            Counts["hits"]++; // expect: GIL2001
        });
        Console.WriteLine(Counts["hits"]);
    }
}
