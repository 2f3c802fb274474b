// group: storage: array element
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C332;

public static class Program
{
    static readonly int[] Owners = new int[4];

    static void TryClaim(int worker)
    {
        int slot = worker % Owners.Length;
        if (Owners[slot] == 0) Owners[slot] = worker; // expect: GIL2005
    }

    public static void Run()
    {
        Parallel.For(1, 100, TryClaim);
        Console.WriteLine(string.Join(",", Owners));
    }
}
