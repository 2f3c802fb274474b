// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C131;

public static class Program
{
    static readonly Queue<string> Outbox = new Queue<string>();

    static void Produce(string who)
    {
        for (int i = 0; i < 100; i++)
            Outbox.Enqueue(who + i); // expect: GIL2006
    }

    public static void Run()
    {
        Parallel.Invoke(() => Produce("a"), () => Produce("b"), () => Produce("c"));
        Console.WriteLine(Outbox.Count);
    }
}
