// group: check-then-act: double-checked initialization
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C218;

public sealed class Registry
{
    private static readonly object Gate = new object();
    private static Registry _default;

    public static Registry Default
    {
        get
        {
            var r = Volatile.Read(ref _default);
            if (r == null)
            {
                lock (Gate)
                {
                    r = _default;
                    if (r == null)
                    {
                        r = new Registry();
                        Volatile.Write(ref _default, r);
                    }
                }
            }
            return r;
        }
    }
}

public static class Program
{
    public static void Run()
    {
        var seen = new Registry[8];
        Parallel.For(0, seen.Length, i => seen[i] = Registry.Default);
        Console.WriteLine(seen.Distinct().Count());
    }
}
