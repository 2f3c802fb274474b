// group: implicit: property/indexer accessor
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C045;

public sealed class Table
{
    private readonly int[] _data = Enumerable.Range(0, 64).ToArray();
    private int _lookups;

    public int this[int index]
    {
        get
        {
            _lookups++; // expect: GIL2001
            return _data[index];
        }
    }

    public int Lookups => _lookups;
}

public static class Program
{
    public static void Run()
    {
        var table = new Table();
        Parallel.For(0, 1000, i => { int v = table[i % 64]; });
        Console.WriteLine(table.Lookups);
    }
}
