// group: precision: lock taken through a TakeLock(ref taken) wrapper
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C093;

public sealed class Cache
{
    private readonly object _gate = new object();
    private int _misses;

    private void TakeLock(ref bool taken)
    {
        Monitor.TryEnter(_gate, 1, ref taken); // may give up after 1 ms
    }

    public void Miss()
    {
        bool taken = false;
        try
        {
            TakeLock(ref taken);
            _misses++; // expect: GIL2001
        }
        finally
        {
            if (taken) Monitor.Exit(_gate);
        }
    }

    public int Misses => _misses;
}

public static class Program
{
    public static void Run()
    {
        var cache = new Cache();
        Parallel.For(0, 1000, _ => cache.Miss());
        Console.WriteLine(cache.Misses);
    }
}
