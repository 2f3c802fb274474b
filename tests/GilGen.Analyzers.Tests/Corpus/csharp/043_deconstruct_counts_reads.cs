// group: implicit: Deconstruct
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C043;

public sealed class Pair
{
    public static int Reads;
    private readonly int _a;
    private readonly int _b;

    public Pair(int a, int b) { _a = a; _b = b; }

    public void Deconstruct(out int a, out int b)
    {
        Reads++; // expect: GIL2001
        a = _a;
        b = _b;
    }
}

public static class Program
{
    public static void Run()
    {
        var p = new Pair(3, 4);
        var tasks = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            var (x, y) = p;
            return x * y;
        })).ToArray();
        Task.WaitAll(tasks);
        Console.WriteLine(Pair.Reads);
    }
}
