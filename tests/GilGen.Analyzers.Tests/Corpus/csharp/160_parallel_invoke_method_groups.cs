// group: thread entry: Parallel.Invoke/For/ForEach
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C160;

public static class Program
{
    static int _loaded;

    static void LoadUsers()
    {
        _loaded++; // expect: GIL2001
    }

    static void LoadOrders()
    {
        _loaded++; // expect: GIL2001
    }

    public static void Run()
    {
        Parallel.Invoke(LoadUsers, LoadOrders);
        Console.WriteLine(_loaded);
    }
}
