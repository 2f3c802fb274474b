// group: check-then-act: bounded counter (if (count < max) count++)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C329;

public static class Program
{
    static volatile int _connections;

    static bool Connect()
    {
        if (_connections < 10) { _connections++; return true; } // expect: GIL2005
        return false;
    }

    public static void Run()
    {
        int ok = 0;
        Parallel.For(0, 100, _ => { if (Connect()) Interlocked.Increment(ref ok); });
        Console.WriteLine(ok);
    }
}
