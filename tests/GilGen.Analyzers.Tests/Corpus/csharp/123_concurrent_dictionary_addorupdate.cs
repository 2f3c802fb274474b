// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C123;

public static class Program
{
    static readonly ConcurrentDictionary<string, int> Counts = new ConcurrentDictionary<string, int>();

    public static void Run()
    {
        var words = "to be or not to be that is the question".Split(' ');
        Parallel.ForEach(words, w => Counts.AddOrUpdate(w, 1, (_, n) => n + 1));
        Console.WriteLine(Counts["to"] + Counts["be"]);
    }
}
