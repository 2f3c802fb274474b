// group: precision: thread started from a local function
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C098;

public static class Program
{
    static int _processed;

    static void Drain()
    {
        for (int i = 0; i < 1000; i++)
            _processed++; // expect: GIL2001
    }

    public static void Run()
    {
        var started = new List<Thread>();
        StartWorker();
        StartWorker();
        foreach (var t in started) t.Join();
        Console.WriteLine(_processed);

        void StartWorker()
        {
            var t = new Thread(Drain);
            t.Start();
            started.Add(t);
        }
    }
}
