// group: thread entry: Parallel.Invoke/For/ForEach
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C028;

public static class Program
{
    static long _total;

    public static void Run()
    {
        Parallel.For(0, 10000,
            () => 0L,
            (i, state, local) => local + i,
            local =>
            {
                _total += local; // expect: GIL2001
            });
        Console.WriteLine(_total);
    }
}
