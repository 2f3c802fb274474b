// group: form: Math.Max / x = f(x) / ??=
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C270;

public static class Program
{
    static int _peak;

    static void Observe(int value)
    {
        int seen;
        do
        {
            seen = Volatile.Read(ref _peak);
            if (value <= seen) return;
        }
        while (Interlocked.CompareExchange(ref _peak, value, seen) != seen);
    }

    public static void Run()
    {
        Parallel.For(0, 10000, i => Observe((i * 7919) % 10007));
        Console.WriteLine(_peak);
    }
}
