// group: check-then-act: bounded counter (if (count < max) count++)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C201;

public sealed class Batch
{
    private const int Limit = 10;
    private readonly object _gate = new object();
    private readonly List<int> _items = new List<int>();

    private int Count { get { lock (_gate) return _items.Count; } }

    public void Offer(int x)
    {
        if (Count < Limit) // expect: GIL2005
        {
            lock (_gate) _items.Add(x);
        }
    }

    public int Size => Count;
}

public static class Program
{
    public static void Run()
    {
        var batch = new Batch();
        Parallel.For(0, 100, batch.Offer);
        Console.WriteLine(batch.Size);
    }
}
