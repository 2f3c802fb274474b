// group: baseline: RMW in two threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C246;

public static class Program
{
    static readonly SemaphoreSlim Slots = new SemaphoreSlim(3, 3); // admits three at once
    static int _active;
    static int _served;

    static void Serve()
    {
        Slots.Wait();
        try
        {
            _served++; // expect: GIL2001
        }
        finally
        {
            Slots.Release();
        }
    }

    public static void Run()
    {
        Parallel.For(0, 500, _ => Serve());
        Console.WriteLine(_served + _active);
    }
}
