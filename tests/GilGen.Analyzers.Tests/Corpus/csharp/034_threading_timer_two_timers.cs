// group: thread entry: timers
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C034;

public static class Program
{
    static int _ticks;

    static void OnTick(object state)
    {
        _ticks++; // expect: GIL2001
    }

    public static void Run()
    {
        using (var fast = new Timer(OnTick, null, 0, 1))
        using (var slow = new Timer(OnTick, null, 0, 2))
        {
            Thread.Sleep(100);
        }
        Console.WriteLine(_ticks);
    }
}
