// group: baseline: RMW in two threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C258;

public sealed class Stats
{
    public int Samples;
}

public static class Program
{
    static void Sample(object state)
    {
        var stats = (Stats)state;
        for (int i = 0; i < 1000; i++) stats.Samples++; // expect: GIL2001
    }

    public static void Run()
    {
        var stats = new Stats();
        var a = new Thread(Sample);
        var b = new Thread(Sample);
        a.Start(stats);
        b.Start(stats);
        a.Join(); b.Join();
        Console.WriteLine(stats.Samples);
    }
}
