// group: storage: ref local / ref parameter
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C303;

public static class Program
{
    static int _count;

    static void Bump(ref int target)
    {
        Volatile.Write(ref target, Volatile.Read(ref target) + 1); // expect: GIL2001
    }

    public static void Run()
    {
        var ts = Enumerable.Range(0, 4).Select(_ => new Thread(() => { for (int i = 0; i < 500; i++) Bump(ref _count); })).ToList();
        ts.ForEach(t => t.Start());
        ts.ForEach(t => t.Join());
        Console.WriteLine(_count);
    }
}
