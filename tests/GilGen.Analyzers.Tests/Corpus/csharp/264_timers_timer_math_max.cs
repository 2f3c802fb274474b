// group: thread entry: timers
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C264;

public static class Program
{
    static int _latestSecond;

    public static void Run()
    {
        using (var a = new System.Timers.Timer(1))
        using (var b = new System.Timers.Timer(1))
        {
            a.Elapsed += (s, e) => _latestSecond = Math.Max(_latestSecond, e.SignalTime.Second); // expect: GIL2001
            b.Elapsed += (s, e) => _latestSecond = Math.Max(_latestSecond, e.SignalTime.Second + 1); // expect: GIL2001
            a.Start(); b.Start();
            Thread.Sleep(50);
        }
        Console.WriteLine(_latestSecond >= 0);
    }
}
