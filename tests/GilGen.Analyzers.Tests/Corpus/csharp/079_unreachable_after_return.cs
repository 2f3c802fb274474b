// group: precision: unreachable code
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C079;

public static class Program
{
    static int _count;

    static void Work()
    {
        Interlocked.Increment(ref _count);
        return;
        _count++;
    }

    public static void Run()
    {
        var threads = Enumerable.Range(0, 4).Select(_ => new Thread(Work)).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Console.WriteLine(_count);
    }
}
