// group: check-then-act: double-checked initialization
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C076;

public static class Program
{
    static readonly Lazy<Dictionary<string, int>> Table = new Lazy<Dictionary<string, int>>(() =>
    {
        Thread.Sleep(1);
        return new Dictionary<string, int> { ["one"] = 1, ["two"] = 2 };
    });

    static int Lookup(string key) => Table.Value[key];

    public static void Run()
    {
        var tasks = Enumerable.Range(0, 4).Select(_ => Task.Run(() => Lookup("two"))).ToArray();
        Console.WriteLine(tasks.Sum(t => t.Result));
    }
}
