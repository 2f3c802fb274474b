// group: baseline: RMW in two threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C312;

public static class Program
{
    static volatile bool _stop;
    static long _spins;

    public static void Run()
    {
        var worker = new Thread(() =>
        {
            while (!_stop) _spins++; // only the worker touches _spins until Join
        });
        worker.Start();
        Thread.Sleep(10);
        _stop = true;
        worker.Join();
        Console.WriteLine(_spins > 0);
    }
}
