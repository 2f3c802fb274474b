// group: storage: array element
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C187;

public static class Program
{
    public static void Run()
    {
        var heat = new int[4, 4];
        Parallel.For(0, 1000, i =>
        {
            heat[i % 4, (i / 4) % 4] += 1; // expect: GIL2001
        });
        Console.WriteLine(heat[0, 0]);
    }
}
