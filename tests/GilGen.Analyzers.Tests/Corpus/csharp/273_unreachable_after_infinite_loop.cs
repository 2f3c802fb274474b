// group: precision: unreachable code
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C273;

public static class Program
{
    static readonly ConcurrentQueue<int> Work = new ConcurrentQueue<int>(Enumerable.Range(0, 100));
    static long _sum;
    static int _exits;

    static void Worker()
    {
        while (true)
        {
            if (!Work.TryDequeue(out int item)) return;
            Interlocked.Add(ref _sum, item);
        }
        _exits++;
    }

    public static void Run()
    {
        var ts = new[] { new Thread(Worker), new Thread(Worker) };
        foreach (var t in ts) t.Start();
        foreach (var t in ts) t.Join();
        Console.WriteLine(_sum);
    }
}
