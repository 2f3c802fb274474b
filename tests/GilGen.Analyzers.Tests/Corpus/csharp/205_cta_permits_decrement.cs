// group: check-then-act: bounded counter (if (count < max) count++)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C205;

public sealed class Pool
{
    private int _permits = 3;

    public bool TryAcquire()
    {
        if (_permits > 0) // expect: GIL2005
        {
            _permits--;
            return true;
        }
        return false;
    }
}

public static class Program
{
    public static void Run()
    {
        var pool = new Pool();
        int granted = 0;
        var threads = Enumerable.Range(0, 8).Select(_ => new Thread(() => { if (pool.TryAcquire()) Interlocked.Increment(ref granted); })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Console.WriteLine(granted);
    }
}
