// group: check-then-act: ContainsKey/Add
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C340;

public static class Program
{
    static readonly Dictionary<string, DateTime> Leases = new Dictionary<string, DateTime>
    {
        ["a"] = DateTime.MinValue, ["b"] = DateTime.MaxValue, ["c"] = DateTime.MinValue,
    };
    static int _expired;

    static void Sweep(string key)
    {
        if (Leases.TryGetValue(key, out var until) && until < DateTime.UtcNow) // expect: GIL2005
        {
            Leases.Remove(key); // expect: GIL2006
            Interlocked.Increment(ref _expired);
        }
    }

    public static void Run()
    {
        var keys = new[] { "a", "b", "c", "a", "c", "a" };
        Parallel.ForEach(keys, Sweep);
        Console.WriteLine(_expired);
    }
}
