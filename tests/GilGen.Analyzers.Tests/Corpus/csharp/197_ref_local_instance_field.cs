// group: storage: ref local / ref parameter
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C197;

public sealed class Gauge
{
    private int _level;

    public void Raise()
    {
        ref int level = ref _level;
        level += 3; // expect: GIL2001
    }

    public int Level => _level;
}

public static class Program
{
    public static void Run()
    {
        var g = new Gauge();
        var ts = Enumerable.Range(0, 3).Select(_ => Task.Run(() => { for (int i = 0; i < 100; i++) g.Raise(); })).ToArray();
        Task.WaitAll(ts);
        Console.WriteLine(g.Level);
    }
}
