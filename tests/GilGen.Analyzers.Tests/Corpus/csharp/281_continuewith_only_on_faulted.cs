// group: thread entry: ContinueWith
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C281;

public static class Program
{
    static int _errors;

    public static void Run()
    {
        var watchers = Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => { if (i % 2 == 0) throw new InvalidOperationException(); })
                .ContinueWith(_ => _errors++, TaskContinuationOptions.OnlyOnFaulted)) // expect: GIL2001
            .ToArray();
        try { Task.WaitAll(watchers); } catch (AggregateException) { }
        Console.WriteLine(_errors);
    }
}
