// group: starting thread races the thread it started
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C181;

public static class Program
{
    static readonly Dictionary<int, int> Seen = new Dictionary<int, int>();

    public static void Run()
    {
        var background = Task.Run(() =>
        {
            for (int i = 0; i < 1000; i += 2) Seen[i] = i; // expect: GIL2006
        });
        for (int i = 1; i < 1000; i += 2) Seen[i] = i; // expect: GIL2006
        background.Wait();
        Console.WriteLine(Seen.Count);
    }
}
