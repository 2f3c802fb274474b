// group: precision: unreachable code
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C080;

public static class Program
{
    const bool Tracing = false;
    static int _traced;
    static long _work;

    public static void Run()
    {
        Parallel.For(0, 1000, i =>
        {
            Interlocked.Add(ref _work, i);
            if (Tracing)
            {
                _traced++;
            }
        });
        Console.WriteLine(_work + " " + _traced);
    }
}
