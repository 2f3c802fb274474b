// group: thread entry: Parallel.Invoke/For/ForEach
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C328;

public static class Program
{
    static int _winner;

    static void Race(int id)
    {
        Thread.SpinWait(100 * id);
        Interlocked.CompareExchange(ref _winner, id, 0);
    }

    public static void Run()
    {
        Parallel.Invoke(() => Race(1), () => Race(2), () => Race(3));
        Console.WriteLine(_winner);
    }
}
