// group: precision: lock held around the call of an async method
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C296;

public sealed class Counter
{
    private readonly object _gate = new object();
    private int _n;

    // Not async: the whole body runs inside the caller's lock.
    private Task<int> NextAsync()
    {
        _n++;
        return Task.FromResult(_n);
    }

    public int Next()
    {
        lock (_gate)
        {
            return NextAsync().Result;
        }
    }
}

public static class Program
{
    public static void Run()
    {
        var c = new Counter();
        var ids = new int[100];
        Parallel.For(0, ids.Length, i => ids[i] = c.Next());
        Console.WriteLine(ids.Distinct().Count());
    }
}
