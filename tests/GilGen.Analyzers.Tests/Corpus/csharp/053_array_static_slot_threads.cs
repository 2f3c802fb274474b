// group: storage: array element
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C053;

public static class Program
{
    static readonly int[] Slots = new int[4];

    static void Fill()
    {
        for (int i = 0; i < 1000; i++)
            Slots[0] += 5; // expect: GIL2001
    }

    public static void Run()
    {
        var a = new Thread(Fill);
        var b = new Thread(Fill);
        a.Start(); b.Start();
        a.Join(); b.Join();
        Console.WriteLine(Slots[0]);
    }
}
