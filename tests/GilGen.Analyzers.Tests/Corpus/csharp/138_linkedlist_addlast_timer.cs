// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C138;

public static class Program
{
    static readonly LinkedList<DateTime> Samples = new LinkedList<DateTime>();

    static void Sample(object state)
    {
        Samples.AddLast(DateTime.UtcNow); // expect: GIL2006
    }

    public static void Run()
    {
        using (var timer = new Timer(Sample, null, 0, 1))
        {
            for (int i = 0; i < 50; i++)
            {
                Samples.AddFirst(DateTime.MinValue); // expect: GIL2006
                Thread.Sleep(1);
            }
        }
        Console.WriteLine(Samples.Count > 0);
    }
}
