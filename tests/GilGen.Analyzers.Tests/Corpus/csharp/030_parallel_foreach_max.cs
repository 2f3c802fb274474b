// group: form: Math.Max / x = f(x) / ??=
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C030;

public static class Program
{
    static int _longest;

    public static void Run()
    {
        var words = "the quick brown fox jumps over the lazy dog".Split(' ');
        Parallel.ForEach(words, w =>
        {
            _longest = Math.Max(_longest, w.Length); // expect: GIL2001
        });
        Console.WriteLine(_longest);
    }
}
