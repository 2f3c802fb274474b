// group: storage: ref local / ref parameter
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C331;

public static class Program
{
    static int _slots = 3;
    static int _granted;

    static bool Claim(ref int slots)
    {
        if (slots > 0) { slots--; return true; } // expect: GIL2005
        return false;
    }

    public static void Run()
    {
        var ts = Enumerable.Range(0, 8).Select(_ => new Thread(() => { if (Claim(ref _slots)) Interlocked.Increment(ref _granted); })).ToList();
        ts.ForEach(t => t.Start());
        ts.ForEach(t => t.Join());
        Console.WriteLine(_granted);
    }
}
