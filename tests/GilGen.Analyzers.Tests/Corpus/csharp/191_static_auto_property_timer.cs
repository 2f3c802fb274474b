// group: storage: auto-property / field-backed property
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C191;

public static class Clock
{
    public static long Ticks { get; set; }
}

public static class Program
{
    public static void Run()
    {
        using (var t1 = new Timer(_ => Clock.Ticks += 1, null, 0, 1)) // expect: GIL2001
        using (var t2 = new Timer(_ => Clock.Ticks += 2, null, 0, 1)) // expect: GIL2001
        {
            Thread.Sleep(30);
        }
        Console.WriteLine(Clock.Ticks > 0);
    }
}
