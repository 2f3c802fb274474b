// group: implicit: property/indexer accessor
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C044;

public sealed class Sequence
{
    private int _next;

    public int Next
    {
        get
        {
            return _next++; // expect: GIL2001
        }
    }
}

public static class Program
{
    public static void Run()
    {
        var seq = new Sequence();
        var ids = new int[100];
        Parallel.For(0, ids.Length, i => ids[i] = seq.Next);
        Console.WriteLine(ids.Distinct().Count());
    }
}
