// group: storage: captured local
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C305;

public static class Program
{
    public static void Run()
    {
        int found = 0;
        var text = "a needle in a haystack with another needle";
        Parallel.Invoke(
            () => { if (text.StartsWith("a")) found += 1; }, // expect: GIL2001
            () => { if (text.Contains("needle")) found += 2; }); // expect: GIL2001
        Console.WriteLine(found);
    }
}
