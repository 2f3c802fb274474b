// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C136;

public static class Program
{
    public static void Run()
    {
        var squares = Enumerable.Range(0, 1000)
            .AsParallel()
            .Where(i => i % 3 == 0)
            .Select(i => i * i)
            .ToList();
        squares.Add(-1);
        Console.WriteLine(squares.Count);
    }
}
