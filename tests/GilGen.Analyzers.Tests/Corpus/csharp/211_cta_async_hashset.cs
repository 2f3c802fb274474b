// group: thread entry: async method after await
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C211;

public sealed class Dedup
{
    private readonly HashSet<int> _seen = new HashSet<int>();

    public async Task AcceptAsync(int id)
    {
        await Task.Yield();
        if (!_seen.Contains(id)) _seen.Add(id); // expect: GIL2005, GIL2006
    }

    public int Count => _seen.Count;
}

public static class Program
{
    public static void Run()
    {
        var d = new Dedup();
        Task.WaitAll(Enumerable.Range(0, 50).Select(i => d.AcceptAsync(i % 10)).ToArray());
        Console.WriteLine(d.Count);
    }
}
