// group: baseline: RMW in two threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C002;

public static class Program
{
    static readonly object Gate = new object();
    static int _hits;

    static void Work()
    {
        for (int i = 0; i < 1000; i++)
        {
            lock (Gate)
            {
                _hits++;
            }
        }
    }

    public static void Run()
    {
        var a = new Thread(Work);
        var b = new Thread(Work);
        a.Start();
        b.Start();
        a.Join();
        b.Join();
        Console.WriteLine(_hits);
    }
}
