// group: implicit: static constructor
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C049;

public static class Settings
{
    private static readonly Dictionary<string, string> Values;
    private static int _initCount;

    // The runtime runs a static constructor once, and every other thread waits for it.
    static Settings()
    {
        Values = new Dictionary<string, string>();
        Values.Add("mode", "fast");
        Values["level"] = "3";
        _initCount++;
    }

    public static string Get(string key) => Values[key];
}

public static class Program
{
    public static void Run()
    {
        var tasks = Enumerable.Range(0, 8).Select(_ => Task.Run(() => Settings.Get("mode"))).ToArray();
        Task.WaitAll(tasks);
        Console.WriteLine(tasks[0].Result);
    }
}
