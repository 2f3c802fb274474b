// group: check-then-act: double-checked initialization
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C113;

public sealed class Service
{
    public static int Created;
    private static Service _instance;

    private Service() { Interlocked.Increment(ref Created); }

    public static Service Instance
    {
        get
        {
            if (_instance == null) // expect: GIL2005
                _instance = new Service();
            return _instance;
        }
    }
}

public static class Program
{
    public static void Run()
    {
        var seen = new Service[8];
        Parallel.For(0, seen.Length, i => seen[i] = Service.Instance);
        Console.WriteLine(Service.Created);
    }
}
