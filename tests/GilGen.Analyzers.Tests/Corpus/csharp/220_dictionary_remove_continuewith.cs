// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C220;

public static class Program
{
    static readonly Dictionary<int, string> Pending = new Dictionary<int, string>();

    public static void Run()
    {
        for (int i = 0; i < 20; i++) Pending.Add(i, "job" + i);
        var tails = Enumerable.Range(0, 20)
            .Select(i => Task.Run(() => Thread.SpinWait(100)).ContinueWith(_ => Pending.Remove(i))) // expect: GIL2006
            .ToArray();
        Task.WaitAll(tails);
        Console.WriteLine(Pending.Count);
    }
}
