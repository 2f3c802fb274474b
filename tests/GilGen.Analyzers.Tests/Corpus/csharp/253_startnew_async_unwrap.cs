// group: thread entry: Task.Factory.StartNew
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C253;

public static class Program
{
    static int _n;

    public static void Run()
    {
        var tasks = Enumerable.Range(0, 3).Select(_ => Task.Factory.StartNew(async () =>
        {
            await Task.Yield();
            _n++; // expect: GIL2001
        }).Unwrap()).ToArray();
        Task.WaitAll(tasks);
        Console.WriteLine(_n);
    }
}
