// group: ordering: Join/Wait/await/Result
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C184;

public static class Program
{
    static readonly object Gate = new object();
    static int _total;
    static int _rounds;

    public static void Run()
    {
        for (int round = 0; round < 3; round++)
        {
            var tasks = Enumerable.Range(0, 4).Select(_ => Task.Run(() => { lock (Gate) _total++; })).ToArray();
            Task.WaitAll(tasks);
            _rounds++;
            _total += 100;
        }
        Console.WriteLine(_total + " " + _rounds);
    }
}
