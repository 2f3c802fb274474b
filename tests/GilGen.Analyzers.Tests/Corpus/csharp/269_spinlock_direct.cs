// group: baseline: RMW in two threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C269;

public static class Program
{
    static SpinLock _spin = new SpinLock(false);
    static long _total;

    static void Add(long n)
    {
        bool taken = false;
        try
        {
            _spin.Enter(ref taken);
            _total += n;
        }
        finally
        {
            if (taken) _spin.Exit(false);
        }
    }

    public static void Run()
    {
        Parallel.For(0, 1000, i => Add(i));
        Console.WriteLine(_total);
    }
}
