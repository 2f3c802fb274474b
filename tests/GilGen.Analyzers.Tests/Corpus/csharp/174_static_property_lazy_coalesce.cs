// group: form: Math.Max / x = f(x) / ??=
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C174;

public static class Defaults
{
    private static List<string> _names;

    public static List<string> Names
    {
        get
        {
            return _names ??= new List<string> { "alpha", "beta" }; // expect: GIL2001
        }
    }
}

public static class Program
{
    public static void Run()
    {
        var seen = new List<string>[8];
        Parallel.For(0, seen.Length, i => seen[i] = Defaults.Names);
        Console.WriteLine(seen.Distinct().Count());
    }
}
