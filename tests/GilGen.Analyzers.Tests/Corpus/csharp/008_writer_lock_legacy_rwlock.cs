// group: reader lock (EnterReadLock is not exclusive)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C008;

public sealed class Stats
{
    private readonly ReaderWriterLock _rw = new ReaderWriterLock();
    private int _hits;

    public void Hit()
    {
        _rw.AcquireWriterLock(Timeout.Infinite);
        try
        {
            _hits += 2;
        }
        finally
        {
            _rw.ReleaseWriterLock();
        }
    }

    public int Hits => _hits;
}

public static class Program
{
    public static void Run()
    {
        var stats = new Stats();
        var threads = new Thread[4];
        for (int i = 0; i < threads.Length; i++)
        {
            threads[i] = new Thread(() => { for (int j = 0; j < 50; j++) stats.Hit(); });
            threads[i].Start();
        }
        foreach (var t in threads) t.Join();
        Console.WriteLine(stats.Hits);
    }
}
