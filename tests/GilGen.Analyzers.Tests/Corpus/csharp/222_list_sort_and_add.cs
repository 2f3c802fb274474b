// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C222;

public static class Program
{
    static readonly List<int> Scores = new List<int> { 5, 1, 4 };

    public static void Run()
    {
        var sorter = new Thread(() =>
        {
            for (int i = 0; i < 100; i++) Scores.Sort(); // expect: GIL2006
        });
        sorter.Start();
        for (int i = 0; i < 100; i++) Scores.Add(i % 9); // expect: GIL2006
        sorter.Join();
        Console.WriteLine(Scores.Count);
    }
}
