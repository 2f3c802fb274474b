// group: storage: array element
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C188;

public sealed class Matrix
{
    private readonly double[][] _rows = Enumerable.Range(0, 3).Select(_ => new double[3]).ToArray();

    public void Accumulate(int r, int c, double v)
    {
        _rows[r][c] += v; // expect: GIL2001
    }

    public double Trace() => _rows[0][0] + _rows[1][1] + _rows[2][2];
}

public static class Program
{
    public static void Run()
    {
        var m = new Matrix();
        Parallel.For(0, 300, i => m.Accumulate(i % 3, i % 3, 1.0));
        Console.WriteLine(m.Trace());
    }
}
