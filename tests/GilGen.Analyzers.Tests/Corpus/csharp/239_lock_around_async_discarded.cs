// group: precision: lock held around the call of an async method
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C239;

public sealed class Journal
{
    private readonly object _gate = new object();
    private int _saved;

    private async Task SaveAsync(int n)
    {
        await Task.Delay(1);
        _saved += n; // expect: GIL2001
    }

    public void Save(int n)
    {
        lock (_gate)
        {
            _ = SaveAsync(n);
        }
    }

    public int Saved => _saved;
}

public static class Program
{
    public static void Run()
    {
        var j = new Journal();
        Parallel.For(0, 20, j.Save);
        Thread.Sleep(100);
        Console.WriteLine(j.Saved);
    }
}
