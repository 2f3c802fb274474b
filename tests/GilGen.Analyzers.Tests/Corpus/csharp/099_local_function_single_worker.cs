// group: precision: thread started from a local function
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C099;

public static class Program
{
    static int _processed;

    static void Drain()
    {
        for (int i = 0; i < 1000; i++)
            _processed++;
    }

    public static void Run()
    {
        Thread worker = StartWorker();
        worker.Join();
        _processed++;
        Console.WriteLine(_processed);

        static Thread StartWorker()
        {
            var t = new Thread(Drain);
            t.Start();
            return t;
        }
    }
}
