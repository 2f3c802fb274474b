// group: precision: writes before Start
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C217;

public static class Program
{
    static readonly Dictionary<string, int> Limits = new Dictionary<string, int>();
    static int _configured;

    public static void Run()
    {
        foreach (var key in new[] { "cpu", "mem", "cpu" })
        {
            if (!Limits.ContainsKey(key)) Limits.Add(key, 1);
            if (_configured < 10) _configured++;
        }
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() => Limits["cpu"] + Limits["mem"])).ToArray();
        Console.WriteLine(readers.Sum(t => t.Result) + _configured);
    }
}
