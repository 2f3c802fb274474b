// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C219;

public sealed class History
{
    private readonly List<string> _recent = new List<string>();

    public void Visit(string page)
    {
        _recent.Insert(0, page); // expect: GIL2006
        if (_recent.Count > 20) _recent.RemoveAt(_recent.Count - 1); // expect: GIL2005, GIL2006
    }
}

public static class Program
{
    public static void Run()
    {
        var h = new History();
        Parallel.For(0, 500, i => h.Visit("/p" + i));
        Console.WriteLine("done");
    }
}
