// group: thread entry: Parallel.Invoke/For/ForEach
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C162;

public static class Program
{
    static int _users;
    static int _orders;

    public static void Run()
    {
        // Each action owns its own field.
        Parallel.Invoke(
            () => { for (int i = 0; i < 100; i++) _users++; },
            () => { for (int i = 0; i < 100; i++) _orders++; });
        _users++;
        Console.WriteLine(_users + _orders);
    }
}
