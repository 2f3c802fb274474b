// group: baseline: RMW in two threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C247;

public static class Program
{
    static readonly SemaphoreSlim Mutex = new SemaphoreSlim(1, 1);
    static int _served;

    static void Serve()
    {
        Mutex.Wait();
        try
        {
            _served++;
        }
        finally
        {
            Mutex.Release();
        }
    }

    public static void Run()
    {
        Parallel.For(0, 500, _ => Serve());
        Console.WriteLine(_served);
    }
}
