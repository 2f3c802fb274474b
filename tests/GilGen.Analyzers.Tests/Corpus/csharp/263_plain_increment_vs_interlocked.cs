// group: storage: array element
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C263;

public static class Program
{
    static readonly int[] Counts = new int[2];

    public static void Run()
    {
        var a = Task.Run(() => { for (int i = 0; i < 1000; i++) Interlocked.Increment(ref Counts[0]); });
        var b = Task.Run(() => { for (int i = 0; i < 1000; i++) Counts[0]++; }); // expect: GIL2001
        Task.WaitAll(a, b);
        Console.WriteLine(Counts[0]);
    }
}
