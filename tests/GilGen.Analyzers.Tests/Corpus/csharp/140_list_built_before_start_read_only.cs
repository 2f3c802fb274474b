// group: precision: writes before Start
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C140;

public static class Program
{
    public static void Run()
    {
        var lookup = new Dictionary<int, string>();
        for (int i = 0; i < 100; i++) lookup.Add(i, "v" + i);
        var names = new List<string> { "x", "y" };
        // After the threads start nobody mutates the collections: concurrent reads are safe.
        var tasks = Enumerable.Range(0, 4).Select(k => Task.Run(() => lookup[k * 10] + names[k % 2])).ToArray();
        Task.WaitAll(tasks);
        Console.WriteLine(string.Join(",", tasks.Select(t => t.Result)));
    }
}
