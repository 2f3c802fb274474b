// group: precision: per-instance lock (lock identity includes the receiver)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C086;

public sealed class Inventory
{
    private int _items;

    public void Restock(int n)
    {
        lock (this)
        {
            _items += n;
        }
    }

    public int Items { get { lock (this) return _items; } }
}

public static class Program
{
    public static void Run()
    {
        var inv = new Inventory();
        var threads = Enumerable.Range(1, 3).Select(k => new Thread(() => { for (int i = 0; i < 100; i++) inv.Restock(k); })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Console.WriteLine(inv.Items);
    }
}
