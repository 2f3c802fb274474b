// group: check-then-act: ContainsKey/Add
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C214;

public static class Program
{
    static readonly ConcurrentDictionary<string, int> Owners = new ConcurrentDictionary<string, int>();
    static int _claimed;

    static void Claim(string resource, int worker)
    {
        if (Owners.TryAdd(resource, worker)) // the check and the act are one atomic call
            Interlocked.Increment(ref _claimed);
    }

    public static void Run()
    {
        Parallel.For(0, 100, i => Claim("r" + (i % 7), i));
        Console.WriteLine(_claimed);
    }
}
