// group: storage: ref local / ref parameter
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C195;

public static class Program
{
    static long _total;

    static void AddTo(ref long target, long amount)
    {
        target = target + amount; // expect: GIL2001
    }

    public static void Run()
    {
        Parallel.For(0, 1000, i => AddTo(ref _total, i));
        Console.WriteLine(_total);
    }
}
