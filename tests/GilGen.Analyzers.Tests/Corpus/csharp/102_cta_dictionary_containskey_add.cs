// group: check-then-act: ContainsKey/Add
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C102;

public static class Program
{
    static readonly Dictionary<int, string> Cache = new Dictionary<int, string>();

    static string Describe(int n) => "n=" + n;

    public static void Run()
    {
        Parallel.For(0, 1000, i =>
        {
            int key = i % 50;
            if (!Cache.ContainsKey(key)) // expect: GIL2005
                Cache.Add(key, Describe(key)); // expect: GIL2006
        });
        Console.WriteLine(Cache.Count);
    }
}
