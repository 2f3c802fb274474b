// group: storage: captured local
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C334;

public static class Program
{
    public static void Run()
    {
        int? firstMatch = null;
        Parallel.For(0, 1000, i =>
        {
            if (i % 97 == 13 && firstMatch == null) firstMatch = i; // expect: GIL2005
        });
        Console.WriteLine(firstMatch.HasValue);
    }
}
