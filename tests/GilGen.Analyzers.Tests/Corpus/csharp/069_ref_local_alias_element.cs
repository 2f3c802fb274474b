// group: storage: ref local / ref parameter
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C069;

public static class Program
{
    static readonly int[] Counts = new int[3];

    static void Work()
    {
        ref int slot = ref Counts[2];
        for (int i = 0; i < 1000; i++)
            slot++; // expect: GIL2001
    }

    public static void Run()
    {
        var tasks = new[] { Task.Run(Work), Task.Run(Work) };
        Task.WaitAll(tasks);
        Console.WriteLine(Counts[2]);
    }
}
