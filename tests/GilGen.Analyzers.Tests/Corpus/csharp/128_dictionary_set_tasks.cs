// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C128;

public sealed class Index
{
    private readonly Dictionary<string, int> _positions = new Dictionary<string, int>();

    public void Record(string word, int position)
    {
        _positions[word] = position; // expect: GIL2006
    }

    public int Count => _positions.Count;
}

public static class Program
{
    public static void Run()
    {
        var index = new Index();
        var text = "alpha beta gamma delta epsilon zeta eta theta".Split(' ');
        var tasks = text.Select((w, i) => Task.Run(() => index.Record(w, i))).ToArray();
        Task.WaitAll(tasks);
        Console.WriteLine(index.Count);
    }
}
