// group: baseline: RMW in two threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C271;

public static class Program
{
    static int _loads;

    static void Load()
    {
        lock (typeof(Program))
        {
            _loads++;
        }
    }

    public static void Run()
    {
        Parallel.Invoke(Load, Load, Load, Load);
        Console.WriteLine(_loads);
    }
}
