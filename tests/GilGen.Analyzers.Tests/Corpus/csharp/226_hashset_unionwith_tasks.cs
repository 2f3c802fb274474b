// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C226;

public static class Program
{
    public static void Run()
    {
        var tags = new HashSet<string>();
        var docs = new[] { new[] { "a", "b" }, new[] { "b", "c" }, new[] { "d" } };
        var ts = docs.Select(d => Task.Run(() => tags.UnionWith(d))).ToArray(); // expect: GIL2006
        Task.WaitAll(ts);
        Console.WriteLine(tags.Count);
    }
}
