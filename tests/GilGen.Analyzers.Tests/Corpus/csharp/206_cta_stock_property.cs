// group: check-then-act: bounded counter (if (count < max) count++)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C206;

public sealed class Item
{
    public int Stock { get; set; } = 5;
}

public static class Program
{
    static bool Reserve(Item item, int qty)
    {
        if (item.Stock >= qty) { item.Stock -= qty; return true; } // expect: GIL2005
        return false;
    }

    public static void Run()
    {
        var item = new Item();
        var orders = Enumerable.Range(0, 6).Select(_ => Task.Run(() => Reserve(item, 2))).ToArray();
        Task.WaitAll(orders);
        Console.WriteLine(item.Stock + " " + orders.Count(o => o.Result));
    }
}
