// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C148;

public static class Program
{
    public static void Run()
    {
        var ranking = new SortedList<int, string>();
        var scores = new[] { 5, 3, 9, 1, 7, 2, 8 };
        Parallel.ForEach(scores, s =>
        {
            ranking.Add(s, "player" + s); // expect: GIL2006
        });
        Console.WriteLine(ranking.Count);
    }
}
