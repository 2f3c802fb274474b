// group: storage: ref local / ref parameter
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C068;

public static class Stats
{
    public static int Total;
}

public static class Program
{
    static void Bump(ref int value, int by)
    {
        value += by; // expect: GIL2001
    }

    public static void Run()
    {
        var a = new Thread(() => { for (int i = 0; i < 1000; i++) Bump(ref Stats.Total, 1); });
        var b = new Thread(() => { for (int i = 0; i < 1000; i++) Bump(ref Stats.Total, 2); });
        a.Start(); b.Start();
        a.Join(); b.Join();
        Console.WriteLine(Stats.Total);
    }
}
