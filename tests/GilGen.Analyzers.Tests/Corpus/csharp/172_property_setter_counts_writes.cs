// group: implicit: property/indexer accessor
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C172;

public sealed class Cell
{
    private int _value;
    private int _writes;

    public int Value
    {
        get => _value;
        set
        {
            _value = value;
            _writes++; // expect: GIL2001
        }
    }

    public int Writes => _writes;
}

public static class Program
{
    public static void Run()
    {
        var cell = new Cell();
        Parallel.For(0, 1000, i => cell.Value = i);
        Console.WriteLine(cell.Writes);
    }
}
