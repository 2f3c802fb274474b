// group: implicit: Deconstruct
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C337;

public sealed class Pair
{
    private static readonly object Gate = new object();
    private static int _reads;
    private readonly int _a;
    private readonly int _b;

    public Pair(int a, int b) { _a = a; _b = b; }

    public void Deconstruct(out int a, out int b)
    {
        lock (Gate) _reads++;
        a = _a;
        b = _b;
    }

    public static int Reads { get { lock (Gate) return _reads; } }
}

public static class Program
{
    public static void Run()
    {
        var p = new Pair(3, 4);
        Parallel.For(0, 100, _ => { var (x, y) = p; });
        Console.WriteLine(Pair.Reads);
    }
}
