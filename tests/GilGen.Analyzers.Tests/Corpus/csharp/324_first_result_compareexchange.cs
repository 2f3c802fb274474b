// group: thread entry: ContinueWith
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C324;

public static class Program
{
    static string _first;
    static int _answers;

    public static void Run()
    {
        var mirrors = new[] { "eu", "us", "asia" };
        var tails = mirrors
            .Select(m => Task.Run(() => m.ToUpperInvariant()).ContinueWith(t =>
            {
                Interlocked.CompareExchange(ref _first, t.Result, null);
                Interlocked.Increment(ref _answers);
            }))
            .ToArray();
        Task.WaitAll(tails);
        Console.WriteLine(_first != null && _answers == 3);
    }
}
