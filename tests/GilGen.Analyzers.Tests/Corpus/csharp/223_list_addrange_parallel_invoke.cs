// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C223;

public static class Program
{
    public static void Run()
    {
        var all = new List<string>();
        Parallel.Invoke(
            () => all.AddRange(new[] { "a1", "a2", "a3" }), // expect: GIL2006
            () => all.AddRange(new[] { "b1", "b2" })); // expect: GIL2006
        Console.WriteLine(all.Count);
    }
}
