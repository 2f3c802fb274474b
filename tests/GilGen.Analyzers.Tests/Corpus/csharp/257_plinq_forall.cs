// group: thread entry: Parallel.Invoke/For/ForEach
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C257;

public static class Program
{
    static int _matches;

    public static void Run()
    {
        var words = Enumerable.Range(0, 2000).Select(i => "w" + i).ToList();
        words.AsParallel().ForAll(w =>
        {
            if (w.EndsWith("7")) _matches++; // expect: GIL2001
        });
        Console.WriteLine(_matches);
    }
}
