// group: thread entry: ContinueWith
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C316;

public sealed class Pipeline
{
    private readonly Dictionary<int, int> _results = new Dictionary<int, int>();

    public void Process(int[] items)
    {
        var tails = items.Select(x => Task.Run(() => x * x)
            .ContinueWith(t => _results.Add(x, t.Result))) // expect: GIL2006
            .ToArray();
        Task.WaitAll(tails);
    }

    public int Count => _results.Count;
}

public static class Program
{
    public static void Run()
    {
        var p = new Pipeline();
        p.Process(Enumerable.Range(0, 16).ToArray());
        Console.WriteLine(p.Count);
    }
}
