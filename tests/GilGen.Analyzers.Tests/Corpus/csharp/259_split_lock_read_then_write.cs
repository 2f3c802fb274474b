// group: baseline: RMW in two threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C259;

public sealed class Counter
{
    private readonly object _gate = new object();
    private int _value;

    public void Increment()
    {
        int seen;
        lock (_gate) seen = _value;
        lock (_gate) _value = seen + 1; // expect: GIL2001
    }

    public int Value { get { lock (_gate) return _value; } }
}

public static class Program
{
    public static void Run()
    {
        var c = new Counter();
        Parallel.For(0, 1000, _ => c.Increment());
        Console.WriteLine(c.Value);
    }
}
