// group: precision: per-instance lock (lock identity includes the receiver)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C085;

public sealed class Node
{
    public readonly object Gate = new object();
}

public static class Shared
{
    public static int Count;
}

public static class Program
{
    public static void Run()
    {
        var left = new Node();
        var right = new Node();
        var a = Task.Run(() => { for (int i = 0; i < 500; i++) { lock (left.Gate) { Shared.Count++; } } }); // expect: GIL2001
        var b = Task.Run(() => { for (int i = 0; i < 500; i++) { lock (right.Gate) { Shared.Count++; } } }); // expect: GIL2001
        Task.WaitAll(a, b);
        Console.WriteLine(Shared.Count);
    }
}
