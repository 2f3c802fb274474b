// group: check-then-act: bounded counter (if (count < max) count++)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C204;

public static class Program
{
    static long _peak;

    static void Observe(long value)
    {
        if (value > _peak) _peak = value; // expect: GIL2005
    }

    public static void Run()
    {
        var samples = Enumerable.Range(0, 5000).Select(i => (long)((i * 7919) % 4999)).ToArray();
        Parallel.ForEach(samples, Observe);
        Console.WriteLine(_peak);
    }
}
