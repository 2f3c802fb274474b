// group: starting thread races the thread it started
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C050;

public static class Counter
{
    public static int Value;
}

public static class Program
{
    public static void Run()
    {
        var worker = new Thread(() =>
        {
            for (int i = 0; i < 10000; i++)
                Counter.Value++; // expect: GIL2001
        });
        worker.Start();
        for (int i = 0; i < 10000; i++)
            Counter.Value++; // expect: GIL2001
        worker.Join();
        Console.WriteLine(Counter.Value);
    }
}
