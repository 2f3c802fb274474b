// group: check-then-act: double-checked initialization
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C117;

public sealed class Parser
{
    private Dictionary<char, int> _table;
    private object _tableLock;
    private bool _tableReady;

    private Dictionary<char, int> Table =>
        LazyInitializer.EnsureInitialized(ref _table, ref _tableReady, ref _tableLock,
            () => "abcdef".Select((ch, i) => (ch, i)).ToDictionary(p => p.ch, p => p.i));

    public int Score(string s) => s.Sum(ch => Table.TryGetValue(ch, out int v) ? v : 0);
}

public static class Program
{
    public static void Run()
    {
        var p = new Parser();
        var scores = new int[10];
        Parallel.For(0, scores.Length, i => scores[i] = p.Score("face" + i));
        Console.WriteLine(scores.Sum());
    }
}
