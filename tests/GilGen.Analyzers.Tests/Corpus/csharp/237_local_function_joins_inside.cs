// group: precision: thread started from a local function
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C237;

public static class Program
{
    static int _processed;

    static void Drain()
    {
        for (int i = 0; i < 100; i++) _processed++;
    }

    public static void Run()
    {
        RunToCompletion();
        RunToCompletion(); // the first worker was joined before this one starts
        _processed++;
        Console.WriteLine(_processed);

        static void RunToCompletion()
        {
            var t = new Thread(Drain);
            t.Start();
            t.Join();
        }
    }
}
