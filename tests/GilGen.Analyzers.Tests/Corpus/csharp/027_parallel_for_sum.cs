// group: thread entry: Parallel.Invoke/For/ForEach
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C027;

public static class Program
{
    static long _sum;

    public static void Run()
    {
        Parallel.For(0, 10000, i =>
        {
            _sum += i; // expect: GIL2001
        });
        Console.WriteLine(_sum);
    }
}
