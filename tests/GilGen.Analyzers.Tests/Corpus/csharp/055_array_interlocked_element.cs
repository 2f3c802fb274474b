// group: storage: array element
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C055;

public static class Program
{
    public static void Run()
    {
        var counts = new int[8];
        Parallel.For(0, 8000, i => Interlocked.Increment(ref counts[i % 8]));
        Console.WriteLine(counts.Sum());
    }
}
