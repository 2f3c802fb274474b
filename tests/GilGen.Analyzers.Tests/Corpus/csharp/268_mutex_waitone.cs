// group: baseline: RMW in two threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C268;

public static class Program
{
    static readonly Mutex Guard = new Mutex();
    static int _writes;

    static void Write()
    {
        Guard.WaitOne();
        try
        {
            _writes++;
        }
        finally
        {
            Guard.ReleaseMutex();
        }
    }

    public static void Run()
    {
        var ts = Enumerable.Range(0, 3).Select(_ => new Thread(() => { for (int i = 0; i < 100; i++) Write(); })).ToList();
        ts.ForEach(t => t.Start());
        ts.ForEach(t => t.Join());
        Console.WriteLine(_writes);
    }
}
