// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C228;

public static class Program
{
    public static void Run()
    {
        var log = new List<string>();
        var sync = ((System.Collections.ICollection)log).SyncRoot;
        Parallel.For(0, 100, i =>
        {
            lock (sync)
            {
                log.Add("entry " + i);
            }
        });
        Console.WriteLine(log.Count);
    }
}
