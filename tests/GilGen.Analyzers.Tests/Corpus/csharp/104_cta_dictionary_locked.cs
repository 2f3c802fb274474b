// group: check-then-act: ContainsKey/Add
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C104;

public sealed class Registry
{
    private readonly object _gate = new object();
    private readonly Dictionary<string, int> _ids = new Dictionary<string, int>();

    public int Register(string name, int id)
    {
        lock (_gate)
        {
            if (!_ids.ContainsKey(name))
                _ids.Add(name, id);
            return _ids[name];
        }
    }
}

public static class Program
{
    public static void Run()
    {
        var reg = new Registry();
        var names = new[] { "a", "b", "a", "c", "b" };
        Parallel.For(0, names.Length, i => reg.Register(names[i], i));
        Console.WriteLine(reg.Register("a", 99));
    }
}
