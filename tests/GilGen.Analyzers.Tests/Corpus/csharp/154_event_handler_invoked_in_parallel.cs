// group: thread entry: stored delegate started later
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C154;

public sealed class Bus
{
    public event Action<int> Published;

    public void Publish(int n) => Published?.Invoke(n);
}

public sealed class Listener
{
    public long Sum;

    public void OnPublished(int n)
    {
        Sum += n; // expect: GIL2001
    }
}

public static class Program
{
    public static void Run()
    {
        var bus = new Bus();
        var listener = new Listener();
        bus.Published += listener.OnPublished;
        Parallel.For(0, 1000, bus.Publish);
        Console.WriteLine(listener.Sum);
    }
}
