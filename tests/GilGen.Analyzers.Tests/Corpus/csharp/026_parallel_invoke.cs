// group: thread entry: Parallel.Invoke/For/ForEach
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C026;

public static class Program
{
    static int _phase;

    public static void Run()
    {
        Parallel.Invoke(
            () => { _phase += 1; }, // expect: GIL2001
            () => { _phase += 2; }, // expect: GIL2001
            () => Console.WriteLine("idle"));
        Console.WriteLine(_phase);
    }
}
