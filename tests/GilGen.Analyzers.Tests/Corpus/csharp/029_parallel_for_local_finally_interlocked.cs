// group: thread entry: Parallel.Invoke/For/ForEach
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C029;

public static class Program
{
    static long _total;

    public static void Run()
    {
        Parallel.For(0, 10000,
            () => 0L,
            (i, state, local) => local + i,
            local => Interlocked.Add(ref _total, local));
        Console.WriteLine(Interlocked.Read(ref _total));
    }
}
