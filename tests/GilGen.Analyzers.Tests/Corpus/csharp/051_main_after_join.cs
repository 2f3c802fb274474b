// group: ordering: Join/Wait/await/Result
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C051;

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
                Counter.Value++;
        });
        worker.Start();
        worker.Join();
        for (int i = 0; i < 10000; i++)
            Counter.Value++;
        Console.WriteLine(Counter.Value);
    }
}
