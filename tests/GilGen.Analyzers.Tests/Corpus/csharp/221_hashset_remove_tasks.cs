// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C221;

public sealed class Tracker
{
    private readonly HashSet<int> _open = new HashSet<int>(Enumerable.Range(0, 100));

    public void Close(int id)
    {
        _open.Remove(id); // expect: GIL2006
    }

    public int Open => _open.Count;
}

public static class Program
{
    public static void Run()
    {
        var tracker = new Tracker();
        var ts = Enumerable.Range(0, 4).Select(k => Task.Run(() =>
        {
            for (int i = k; i < 100; i += 4) tracker.Close(i);
        })).ToArray();
        Task.WaitAll(ts);
        Console.WriteLine(tracker.Open);
    }
}
