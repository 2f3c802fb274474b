// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C121;

public static class Program
{
    static readonly ConcurrentQueue<int> Work = new ConcurrentQueue<int>(Enumerable.Range(0, 100));
    static long _sum;

    static void Consume()
    {
        while (Work.TryDequeue(out int item))
            Interlocked.Add(ref _sum, item);
    }

    public static void Run()
    {
        var a = new Thread(Consume);
        var b = new Thread(Consume);
        a.Start(); b.Start();
        a.Join(); b.Join();
        Console.WriteLine(_sum);
    }
}
