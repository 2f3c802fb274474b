// group: thread entry: ThreadPool
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C038;

public sealed class Tally
{
    public int Value;
}

public static class Program
{
    static void Count(object state)
    {
        var tally = (Tally)state;
        tally.Value += 3; // expect: GIL2001
    }

    public static void Run()
    {
        var tally = new Tally();
        for (int i = 0; i < 8; i++)
            ThreadPool.UnsafeQueueUserWorkItem(Count, tally);
        Thread.Sleep(200);
        Console.WriteLine(tally.Value);
    }
}
