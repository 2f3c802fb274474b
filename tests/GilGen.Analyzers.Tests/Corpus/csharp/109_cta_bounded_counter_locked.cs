// group: check-then-act: bounded counter (if (count < max) count++)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C109;

public sealed class Throttle
{
    private readonly object _gate = new object();
    private readonly int _max;
    private int _active;

    public Throttle(int max) { _max = max; }

    public bool TryEnter()
    {
        lock (_gate)
        {
            if (_active < _max) { _active++; return true; }
            return false;
        }
    }
}

public static class Program
{
    public static void Run()
    {
        var throttle = new Throttle(3);
        int admitted = 0;
        Parallel.For(0, 100, _ => { if (throttle.TryEnter()) Interlocked.Increment(ref admitted); });
        Console.WriteLine(admitted);
    }
}
