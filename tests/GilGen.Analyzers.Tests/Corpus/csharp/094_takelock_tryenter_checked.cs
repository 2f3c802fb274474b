// group: precision: lock taken through a TakeLock(ref taken) wrapper
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C094;

public sealed class Cache
{
    private readonly object _gate = new object();
    private int _misses;
    private int _skipped;

    private bool TakeLock(ref bool taken)
    {
        Monitor.TryEnter(_gate, 1, ref taken);
        return taken;
    }

    public void Miss()
    {
        bool taken = false;
        try
        {
            if (!TakeLock(ref taken))
            {
                Interlocked.Increment(ref _skipped);
                return;
            }
            _misses++;
        }
        finally
        {
            if (taken) Monitor.Exit(_gate);
        }
    }
}

public static class Program
{
    public static void Run()
    {
        var cache = new Cache();
        Parallel.For(0, 1000, _ => cache.Miss());
        Console.WriteLine("ok");
    }
}
