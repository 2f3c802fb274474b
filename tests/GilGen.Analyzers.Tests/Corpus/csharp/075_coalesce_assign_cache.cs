// group: form: Math.Max / x = f(x) / ??=
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C075;

public static class Program
{
    static Dictionary<string, int> _table;

    static Dictionary<string, int> Build()
    {
        Thread.Sleep(1);
        return new Dictionary<string, int> { ["one"] = 1, ["two"] = 2 };
    }

    static int Lookup(string key)
    {
        _table ??= Build(); // expect: GIL2001
        return _table[key];
    }

    public static void Run()
    {
        var tasks = Enumerable.Range(0, 4).Select(_ => Task.Run(() => Lookup("two"))).ToArray();
        Console.WriteLine(tasks.Sum(t => t.Result));
    }
}
