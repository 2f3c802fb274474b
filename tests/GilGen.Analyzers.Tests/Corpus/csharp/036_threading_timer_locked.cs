// group: thread entry: timers
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C036;

public static class Program
{
    static readonly object Gate = new object();
    static int _ticks;

    static void OnTick(object state)
    {
        lock (Gate) { _ticks++; }
    }

    public static void Run()
    {
        using (var a = new Timer(OnTick, null, 0, 1))
        using (var b = new Timer(OnTick, null, 0, 1))
        {
            Thread.Sleep(50);
        }
        lock (Gate) Console.WriteLine(_ticks > 0);
    }
}
