// group: check-then-act: double-checked initialization
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C216;

public sealed class Service
{
    private int _started;
    public int Starts;

    public void EnsureStarted()
    {
        if (Interlocked.CompareExchange(ref _started, 1, 0) == 0)
            Starts++; // only the single winner of the exchange gets here
    }
}

public static class Program
{
    public static void Run()
    {
        var s = new Service();
        Parallel.For(0, 32, _ => s.EnsureStarted());
        Console.WriteLine(s.Starts);
    }
}
