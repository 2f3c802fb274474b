// group: implicit: property/indexer accessor
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C286;

public sealed class Settings
{
    private readonly Dictionary<string, string> _map = new Dictionary<string, string>();

    public string this[string key]
    {
        get => _map.TryGetValue(key, out var v) ? v : null;
        set => _map[key] = value; // expect: GIL2006
    }
}

public static class Program
{
    public static void Run()
    {
        var s = new Settings();
        var ts = Enumerable.Range(0, 8).Select(i => Task.Run(() => s["k" + i] = "v" + i)).ToArray();
        Task.WaitAll(ts);
        Console.WriteLine(s["k3"]);
    }
}
