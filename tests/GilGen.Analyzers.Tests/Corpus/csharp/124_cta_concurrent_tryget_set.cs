// group: check-then-act: ContainsKey/Add
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C124;

public static class Program
{
    static readonly ConcurrentDictionary<string, int> Counts = new ConcurrentDictionary<string, int>();

    static void Count(string word)
    {
        if (Counts.TryGetValue(word, out int n)) // expect: GIL2005
            Counts[word] = n + 1;
        else
            Counts[word] = 1;
    }

    public static void Run()
    {
        var words = "to be or not to be that is the question to be".Split(' ');
        Parallel.ForEach(words, Count);
        Console.WriteLine(Counts["be"]);
    }
}
