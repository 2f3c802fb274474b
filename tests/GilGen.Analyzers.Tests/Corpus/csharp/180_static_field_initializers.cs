// group: implicit: static constructor
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C180;

public static class Tables
{
    private static int _built;
    public static readonly int[] Squares = Build();

    private static int[] Build()
    {
        _built++; // runs inside the type initializer, once
        return Enumerable.Range(0, 10).Select(i => i * i).ToArray();
    }
}

public static class Program
{
    public static void Run()
    {
        var sums = new int[4];
        Parallel.For(0, 4, i => sums[i] = Tables.Squares.Sum());
        Console.WriteLine(sums.Sum());
    }
}
