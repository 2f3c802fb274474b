// group: thread entry: ContinueWith
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C323;

public static class Program
{
    static string _first;

    public static void Run()
    {
        var mirrors = new[] { "eu", "us", "asia" };
        var tails = mirrors
            .Select(m => Task.Run(() => m.ToUpperInvariant()).ContinueWith(t =>
            {
                if (_first == null) _first = t.Result; // expect: GIL2005
            }))
            .ToArray();
        Task.WaitAll(tails);
        Console.WriteLine(_first != null);
    }
}
