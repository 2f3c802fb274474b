// group: storage: ref local / ref parameter
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C070;

public static class Program
{
    static void Bump(ref int value)
    {
        value++;
    }

    static int Work(int seed)
    {
        int local = seed; // each call owns its own local
        for (int i = 0; i < 100; i++) Bump(ref local);
        return local;
    }

    public static void Run()
    {
        var tasks = Enumerable.Range(0, 4).Select(k => Task.Run(() => Work(k))).ToArray();
        Console.WriteLine(tasks.Sum(t => t.Result));
    }
}
