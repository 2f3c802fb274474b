// group: check-then-act: double-checked initialization
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C207;

public sealed class Plugin
{
    private readonly object _gate = new object();
    private bool _initialized;
    private Dictionary<string, int> _settings;

    public int Setting(string key)
    {
        if (!_initialized) // expect: GIL2005
        {
            lock (_gate)
            {
                if (!_initialized)
                {
                    _settings = new Dictionary<string, int> { ["depth"] = 3 };
                    _initialized = true;
                }
            }
        }
        return _settings[key];
    }
}

public static class Program
{
    public static void Run()
    {
        var p = new Plugin();
        var ts = Enumerable.Range(0, 8).Select(_ => Task.Run(() => p.Setting("depth"))).ToArray();
        Console.WriteLine(ts.Sum(t => t.Result));
    }
}
