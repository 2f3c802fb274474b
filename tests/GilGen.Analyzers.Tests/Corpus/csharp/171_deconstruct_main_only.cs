// group: implicit: Deconstruct
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C171;

public sealed class Range2
{
    public static int Calls;
    public int Lo, Hi;

    public void Deconstruct(out int lo, out int hi)
    {
        Calls++;
        lo = Lo;
        hi = Hi;
    }
}

public static class Program
{
    public static void Run()
    {
        var r = new Range2 { Lo = 1, Hi = 9 };
        var width = Task.Run(() => r.Hi - r.Lo).Result; // the task reads fields; no Deconstruct there
        var (lo, hi) = r;
        var (a, b) = r;
        Console.WriteLine(lo + hi + a + b + width + Range2.Calls);
    }
}
