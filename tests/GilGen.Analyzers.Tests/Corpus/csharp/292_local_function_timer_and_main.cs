// group: precision: thread started from a local function
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C292;

public static class Program
{
    static int _ticks;

    public static void Run()
    {
        using (var timer = StartTicking())
        {
            for (int i = 0; i < 100; i++)
            {
                _ticks += 100; // expect: GIL2001
                Thread.Sleep(1);
            }
        }
        Console.WriteLine(_ticks > 0);

        static Timer StartTicking() => new Timer(_ => _ticks++, null, 0, 1); // expect: GIL2001
    }
}
