// group: implicit: static constructor
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C179;

public static class Metrics
{
    public static int Events;
}

public sealed class Plugin
{
    static Plugin()
    {
        Metrics.Events += 100; // expect: GIL2001
    }

    public static void Load() { }
}

public static class Program
{
    public static void Run()
    {
        var loader = Task.Run(Plugin.Load);
        for (int i = 0; i < 1000; i++)
            Metrics.Events++; // expect: GIL2001
        loader.Wait();
        Console.WriteLine(Metrics.Events);
    }
}
