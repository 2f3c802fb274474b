// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C229;

public static class Program
{
    static List<int> Collect(int start)
    {
        var mine = new List<int>();
        for (int i = start; i < start + 100; i++)
            if (i % 7 == 0) mine.Add(i);
        return mine;
    }

    public static void Run()
    {
        var parts = Enumerable.Range(0, 4).Select(k => Task.Run(() => Collect(k * 100))).ToArray();
        var all = new List<int>();
        foreach (var p in parts) all.AddRange(p.Result);
        Console.WriteLine(all.Count);
    }
}
