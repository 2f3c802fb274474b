// group: baseline: RMW in two threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C280;

public sealed class Mailbox
{
    private readonly object _gate = new object();
    private readonly Queue<int> _items = new Queue<int>();
    private int _taken;

    public void Put(int x)
    {
        lock (_gate) { _items.Enqueue(x); Monitor.Pulse(_gate); }
    }

    public int Take()
    {
        lock (_gate)
        {
            while (_items.Count == 0) Monitor.Wait(_gate);
            _taken++;
            return _items.Dequeue();
        }
    }
}

public static class Program
{
    public static void Run()
    {
        var box = new Mailbox();
        var consumer = Task.Run(() => Enumerable.Range(0, 100).Sum(_ => box.Take()));
        Parallel.For(0, 100, box.Put);
        Console.WriteLine(consumer.Result);
    }
}
