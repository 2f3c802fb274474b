// group: baseline: RMW in two threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C243;

public static class Program
{
    static int _sequence;

    static int NextId()
    {
        // The read of _sequence is separate from the exchange: two threads can read the same value.
        return Interlocked.Exchange(ref _sequence, _sequence + 1); // expect: GIL2001
    }

    public static void Run()
    {
        var ids = new int[1000];
        Parallel.For(0, ids.Length, i => ids[i] = NextId());
        Console.WriteLine(ids.Distinct().Count());
    }
}
