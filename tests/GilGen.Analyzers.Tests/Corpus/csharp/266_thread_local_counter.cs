// group: baseline: RMW in two threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C266;

public static class Program
{
    static readonly ThreadLocal<int> Calls = new ThreadLocal<int>(() => 0, trackAllValues: true);

    public static void Run()
    {
        Parallel.For(0, 1000, _ => Calls.Value++);
        Console.WriteLine(Calls.Values.Sum());
    }
}
