// group: ordering: Join/Wait/await/Result
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C150;

public static class Program
{
    static int _batches;

    public static void Run()
    {
        var parts = Enumerable.Range(0, 4).Select(i => Task.Run(() => i * 10)).ToArray();
        // One continuation, after all parts: nothing else touches _batches meanwhile.
        var summary = Task.WhenAll(parts).ContinueWith(t =>
        {
            _batches++;
            return t.Result.Sum();
        });
        int sum = summary.Result;
        _batches++;
        Console.WriteLine(sum + " " + _batches);
    }
}
