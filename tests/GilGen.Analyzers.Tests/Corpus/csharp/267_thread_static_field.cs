// group: baseline: RMW in two threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C267;

public static class Program
{
    [ThreadStatic] static int _depth;
    static int _maxSeen;

    static void Recurse(int n)
    {
        _depth++;
        if (n > 0) Recurse(n - 1);
        if (n == 0) Interlocked.Add(ref _maxSeen, _depth); // each thread has its own _depth
        _depth--;
    }

    public static void Run()
    {
        var ts = Enumerable.Range(0, 4).Select(k => new Thread(() => Recurse(10 + k))).ToList();
        ts.ForEach(t => t.Start());
        ts.ForEach(t => t.Join());
        Console.WriteLine("ok");
    }
}
