// group: implicit: property/indexer accessor
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C287;

public sealed class Settings
{
    private readonly object _gate = new object();
    private readonly Dictionary<string, string> _map = new Dictionary<string, string>();
    private int _writes;

    public string this[string key]
    {
        get { lock (_gate) return _map.TryGetValue(key, out var v) ? v : null; }
        set { lock (_gate) { _map[key] = value; _writes++; } }
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
