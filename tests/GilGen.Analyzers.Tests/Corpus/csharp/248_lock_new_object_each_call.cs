// group: precision: per-instance lock (lock identity includes the receiver)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C248;

public static class Program
{
    static int _events;

    static void Record()
    {
        var gate = new object(); // a fresh lock per call excludes nobody
        lock (gate)
        {
            _events++; // expect: GIL2001
        }
    }

    public static void Run()
    {
        Parallel.For(0, 1000, _ => Record());
        Console.WriteLine(_events);
    }
}
