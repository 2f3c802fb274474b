// group: check-then-act: bounded counter (if (count < max) count++)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C210;

public static class Program
{
    const int Max = 5;
    static readonly ConcurrentQueue<string> Outbox = new ConcurrentQueue<string>();

    static void Post(string message)
    {
        if (Outbox.Count < Max) // expect: GIL2005
            Outbox.Enqueue(message);
    }

    public static void Run()
    {
        Parallel.For(0, 100, i => Post("m" + i));
        Console.WriteLine(Outbox.Count);
    }
}
