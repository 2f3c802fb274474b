// group: storage: ref local / ref parameter
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C072;

public static class Program
{
    static readonly int[] Slots = new int[8];

    static ref int Slot(int i) => ref Slots[i % Slots.Length];

    public static void Run()
    {
        Parallel.For(0, 1000, i =>
        {
            Slot(i)++; // expect: GIL2001
        });
        Console.WriteLine(Slots.Sum());
    }
}
