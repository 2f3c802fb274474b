// group: check-then-act: ContainsKey/Add
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C318;

public static class Program
{
    static readonly ConcurrentDictionary<int, List<int>> Groups = new ConcurrentDictionary<int, List<int>>();

    static void Place(int i)
    {
        if (!Groups.TryGetValue(i % 4, out var list)) // expect: GIL2005
        {
            list = new List<int>();
            Groups[i % 4] = list; // may replace a list another thread already filled
        }
        lock (list) list.Add(i);
    }

    public static void Run()
    {
        Parallel.For(0, 400, Place);
        Console.WriteLine(Groups.Values.Sum(l => l.Count));
    }
}
