// group: baseline: RMW in two threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C242;

public static class Program
{
    static volatile int _requests; // volatile orders accesses but does not make ++ atomic

    static void Serve()
    {
        for (int i = 0; i < 1000; i++)
            _requests++; // expect: GIL2001
    }

    public static void Run()
    {
        var ts = new[] { new Thread(Serve), new Thread(Serve), new Thread(Serve) };
        foreach (var t in ts) t.Start();
        foreach (var t in ts) t.Join();
        Console.WriteLine(_requests);
    }
}
