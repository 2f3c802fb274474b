// group: implicit: property/indexer accessor
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C173;

public sealed class Grid
{
    private readonly int[] _cells = new int[100];
    private int _version;

    public int this[int i]
    {
        get => _cells[i];
        set
        {
            _cells[i] = value;
            _version++; // expect: GIL2001
        }
    }

    public int Version => _version;
}

public static class Program
{
    public static void Run()
    {
        var g = new Grid();
        Parallel.For(0, 100, i => g[i] = i * 2);
        Console.WriteLine(g.Version);
    }
}
