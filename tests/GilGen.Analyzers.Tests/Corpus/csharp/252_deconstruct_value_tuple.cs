// group: implicit: Deconstruct
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C252;

public static class Program
{
    static (int Min, int Max) Range(int[] xs) => (xs.Min(), xs.Max());

    public static void Run()
    {
        var data = Enumerable.Range(0, 40).Select(i => Enumerable.Range(i, 10).ToArray()).ToArray();
        var widths = new int[data.Length];
        Parallel.For(0, data.Length, i =>
        {
            var (lo, hi) = Range(data[i]); // tuple deconstruction: no user code, locals only
            int w = hi - lo;
            w++;
            widths[i] = w;
        });
        Console.WriteLine(widths.Sum());
    }
}
