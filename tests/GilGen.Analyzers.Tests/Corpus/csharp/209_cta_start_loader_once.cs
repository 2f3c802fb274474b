// group: check-then-act: double-checked initialization
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C209;

public static class Program
{
    static Task<int> _loader;
    static int _loads;

    static int Load()
    {
        Interlocked.Increment(ref _loads);
        return 7;
    }

    static Task<int> GetLoader()
    {
        if (_loader == null) // expect: GIL2005
            _loader = Task.Run(Load);
        return _loader;
    }

    public static void Run()
    {
        var results = new int[8];
        Parallel.For(0, results.Length, i => results[i] = GetLoader().Result);
        Console.WriteLine(_loads);
    }
}
