// group: ordering: Join/Wait/await/Result
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C033;

public static class Program
{
    static int _count;

    static void Pump()
    {
        for (int i = 0; i < 500; i++)
            _count++;
    }

    public static void Run()
    {
        // Each task is waited for before the next one starts.
        Task.Factory.StartNew(Pump).Wait();
        Task.Factory.StartNew(Pump).Wait();
        _count++;
        Console.WriteLine(_count);
    }
}
