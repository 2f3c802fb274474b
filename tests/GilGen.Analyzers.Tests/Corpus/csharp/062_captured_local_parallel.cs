// group: storage: captured local
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C062;

public static class Program
{
    public static void Run()
    {
        int count = 0;
        Parallel.For(0, 1000, i =>
        {
            if (i % 3 == 0)
                count++; // expect: GIL2001
        });
        Console.WriteLine(count);
    }
}
