// group: check-then-act: double-checked initialization
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C118;

public sealed class Clock
{
    private static Clock _instance;

    public static Clock Instance
    {
        get
        {
            var existing = Volatile.Read(ref _instance);
            if (existing != null) return existing;
            Interlocked.CompareExchange(ref _instance, new Clock(), null);
            return Volatile.Read(ref _instance);
        }
    }
}

public static class Program
{
    public static void Run()
    {
        var seen = new Clock[8];
        Parallel.For(0, seen.Length, i => seen[i] = Clock.Instance);
        Console.WriteLine(seen.Distinct().Count());
    }
}
