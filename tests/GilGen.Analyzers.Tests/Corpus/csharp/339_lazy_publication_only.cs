// group: check-then-act: double-checked initialization
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C339;

public static class Plugins
{
    private static readonly Lazy<IReadOnlyList<string>> LoadedLazy =
        new Lazy<IReadOnlyList<string>>(() => new List<string> { "core", "web" }, LazyThreadSafetyMode.PublicationOnly);

    public static IReadOnlyList<string> Loaded => LoadedLazy.Value;
}

public static class Program
{
    public static void Run()
    {
        var counts = new int[8];
        Parallel.For(0, counts.Length, i => counts[i] = Plugins.Loaded.Count);
        Console.WriteLine(counts.Sum());
    }
}
