// group: check-then-act: ContainsKey/Add
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C103;

public sealed class Registry
{
    private readonly object _gate = new object();
    private readonly Dictionary<string, int> _ids = new Dictionary<string, int>();

    public void Register(string name, int id)
    {
        if (!_ids.ContainsKey(name)) // expect: GIL2005
        {
            lock (_gate)
            {
                _ids.Add(name, id); // throws when another thread added it in between
            }
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
        Console.WriteLine("ok");
    }
}
