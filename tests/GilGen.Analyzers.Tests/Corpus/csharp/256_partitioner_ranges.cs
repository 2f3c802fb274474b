// group: thread entry: Parallel.Invoke/For/ForEach
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C256;

public static class Program
{
    static long _sum;

    public static void Run()
    {
        Parallel.ForEach(Partitioner.Create(0, 100000, 1000), range =>
        {
            long local = 0;
            for (int i = range.Item1; i < range.Item2; i++) local += i;
            _sum += local; // expect: GIL2001
        });
        Console.WriteLine(_sum);
    }
}
