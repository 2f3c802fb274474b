// group: baseline: RMW in two threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C001;

public static class Program
{
    static int _hits;

    static void Work()
    {
        for (int i = 0; i < 1000; i++)
            _hits++; // expect: GIL2001
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
