// group: implicit: operator/conversion
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C175;

public sealed class Counter
{
    public int Value;

    public static Counter operator ++(Counter c)
    {
        c.Value++; // expect: GIL2001
        return c;
    }
}

public static class Program
{
    public static void Run()
    {
        var shared = new Counter();
        var threads = Enumerable.Range(0, 3).Select(_ => new Thread(() =>
        {
            var c = shared;
            for (int i = 0; i < 100; i++) c++;
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Console.WriteLine(shared.Value);
    }
}
