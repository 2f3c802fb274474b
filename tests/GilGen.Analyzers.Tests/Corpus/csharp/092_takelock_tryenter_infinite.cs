// group: precision: lock taken through a TakeLock(ref taken) wrapper
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C092;

public sealed class Queue2
{
    private readonly object _syncRoot = new object();
    private int _version;
    private int _count;

    private void TakeLock(ref bool lockTaken)
    {
        Monitor.TryEnter(_syncRoot, Timeout.Infinite, ref lockTaken);
    }

    public void Push()
    {
        bool lockTaken = false;
        try
        {
            TakeLock(ref lockTaken);
            _count++;
            _version++;
        }
        finally
        {
            if (lockTaken) Monitor.Exit(_syncRoot);
        }
    }

    public int Count => _count;
}

public static class Program
{
    public static void Run()
    {
        var q = new Queue2();
        Task.WaitAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => { for (int i = 0; i < 100; i++) q.Push(); })).ToArray());
        Console.WriteLine(q.Count);
    }
}
