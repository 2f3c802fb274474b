// group: check-then-act: double-checked initialization
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C338;

public static class Plugins
{
    private static readonly object Gate = new object();
    private static List<string> _loaded;

    public static IReadOnlyList<string> Loaded
    {
        get
        {
            if (_loaded == null) // expect: GIL2005
            {
                lock (Gate)
                {
                    if (_loaded == null)
                    {
                        var list = new List<string>();
                        list.Add("core");
                        list.Add("web");
                        _loaded = list;
                    }
                }
            }
            return _loaded;
        }
    }
}

public static class Program
{
    public static void Run()
    {
        var counts = new int[8];
        Parallel.For(0, counts.Length, i => counts[i] = Plugins.Loaded.Count);
        Console.WriteLine(counts.Sum());
    }
}
