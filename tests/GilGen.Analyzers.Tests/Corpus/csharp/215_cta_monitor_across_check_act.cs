// group: check-then-act: bounded counter (if (count < max) count++)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C215;

public sealed class Seats
{
    private readonly object _gate = new object();
    private int _free = 4;

    public bool Take()
    {
        Monitor.Enter(_gate);
        try
        {
            if (_free == 0) return false;
            _free--;
            return true;
        }
        finally
        {
            Monitor.Exit(_gate);
        }
    }
}

public static class Program
{
    public static void Run()
    {
        var seats = new Seats();
        int taken = 0;
        Parallel.For(0, 20, _ => { if (seats.Take()) Interlocked.Increment(ref taken); });
        Console.WriteLine(taken);
    }
}
