// group: thread entry: Parallel.Invoke/For/ForEach
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C302;

public static class Program
{
    static int _attempts;

    public static void Run()
    {
        var result = Parallel.For(0, 10000, (i, state) =>
        {
            _attempts++; // expect: GIL2001
            if (i * i > 5000) state.Break();
        });
        Console.WriteLine(result.LowestBreakIteration + " " + _attempts);
    }
}
