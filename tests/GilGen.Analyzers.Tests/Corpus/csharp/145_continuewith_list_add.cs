// group: thread entry: ContinueWith
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C145;

public static class Program
{
    public static void Run()
    {
        var finished = new List<int>();
        var all = Enumerable.Range(0, 8)
            .Select(i => Task.Run(() => i * i).ContinueWith(t =>
            {
                finished.Add(t.Result); // expect: GIL2006
            }))
            .ToArray();
        Task.WaitAll(all);
        Console.WriteLine(finished.Count);
    }
}
