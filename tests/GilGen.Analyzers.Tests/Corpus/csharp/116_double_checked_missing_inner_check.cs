// group: check-then-act: double-checked initialization
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C116;

public static class Connections
{
    private static readonly object Gate = new object();
    private static List<string> _pool;

    public static List<string> Pool
    {
        get
        {
            if (_pool == null) // expect: GIL2005
            {
                lock (Gate)
                {
                    _pool = new List<string> { "c1", "c2" }; // no second check: a later thread replaces it
                }
            }
            return _pool;
        }
    }
}

public static class Program
{
    public static void Run()
    {
        var pools = new List<string>[6];
        Parallel.For(0, pools.Length, i => pools[i] = Connections.Pool);
        Console.WriteLine(pools.Distinct().Count());
    }
}
