// group: check-then-act: ContainsKey/Add
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C107;

public static class Program
{
    static readonly ConcurrentDictionary<int, string> Names = new ConcurrentDictionary<int, string>();

    public static void Run()
    {
        Parallel.For(0, 1000, i =>
        {
            Names.TryAdd(i % 20, "slot" + (i % 20));
        });
        Console.WriteLine(Names.Count);
    }
}
