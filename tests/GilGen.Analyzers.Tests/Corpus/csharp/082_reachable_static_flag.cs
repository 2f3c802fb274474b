// group: precision: unreachable code
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C082;

public static class Program
{
    static bool _tracing = true; // not a constant: the branch can run
    static int _traced;

    public static void Run()
    {
        Parallel.For(0, 1000, i =>
        {
            if (_tracing)
            {
                _traced++; // expect: GIL2001
            }
        });
        Console.WriteLine(_traced);
    }
}
