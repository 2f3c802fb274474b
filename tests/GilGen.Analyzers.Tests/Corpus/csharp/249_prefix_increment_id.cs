// group: baseline: RMW in two threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C249;

public sealed class Order
{
    private static int _lastId;
    public readonly int Id;

    public Order()
    {
        Id = ++_lastId; // expect: GIL2001
    }
}

public static class Program
{
    public static void Run()
    {
        var orders = new Order[200];
        Parallel.For(0, orders.Length, i => orders[i] = new Order());
        Console.WriteLine(orders.Select(o => o.Id).Distinct().Count());
    }
}
