// group: precision: per-instance lock (lock identity includes the receiver)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C245;

public static class Program
{
    static readonly object ReadGate = new object();
    static readonly object WriteGate = new object();
    static int _version;

    static void Publish()
    {
        lock (WriteGate) { _version++; } // expect: GIL2001
    }

    static void Refresh()
    {
        lock (ReadGate) { _version += 10; } // expect: GIL2001
    }

    public static void Run()
    {
        var a = Task.Run(() => { for (int i = 0; i < 100; i++) Publish(); });
        var b = Task.Run(() => { for (int i = 0; i < 100; i++) Refresh(); });
        Task.WaitAll(a, b);
        Console.WriteLine(_version);
    }
}
