// group: check-then-act: ContainsKey/Add
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C306;

public static class Program
{
    static readonly List<string> Lines = new List<string>();

    static IEnumerable<string> Load() => new[] { "x", "y", "z" };

    static int Get()
    {
        if (Lines.Count == 0) Lines.AddRange(Load()); // expect: GIL2005, GIL2006
        return Lines.Count;
    }

    public static void Run()
    {
        var ts = Enumerable.Range(0, 4).Select(_ => Task.Run(Get)).ToArray();
        Task.WaitAll(ts);
        Console.WriteLine(Lines.Count);
    }
}
