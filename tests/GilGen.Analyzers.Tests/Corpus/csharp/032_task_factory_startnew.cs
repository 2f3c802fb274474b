// group: thread entry: Task.Factory.StartNew
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C032;

public static class Worker
{
    public static int Count;
}

public static class Program
{
    static void Pump()
    {
        for (int i = 0; i < 500; i++)
            Worker.Count++; // expect: GIL2001
    }

    public static void Run()
    {
        var a = Task.Factory.StartNew(Pump, TaskCreationOptions.LongRunning);
        var b = Task.Factory.StartNew(Pump, TaskCreationOptions.LongRunning);
        Task.WaitAll(a, b);
        Console.WriteLine(Worker.Count);
    }
}
