// group: storage: captured local
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C335;

public static class Program
{
    public static void Run()
    {
        int? firstMatch = null;
        var gate = new object();
        Parallel.For(0, 1000, i =>
        {
            if (i % 97 != 13) return;
            lock (gate)
            {
                if (firstMatch == null || i < firstMatch) firstMatch = i;
            }
        });
        Console.WriteLine(firstMatch);
    }
}
