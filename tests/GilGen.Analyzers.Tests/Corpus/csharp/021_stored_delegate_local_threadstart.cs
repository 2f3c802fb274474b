// group: thread entry: stored delegate started later
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C021;

public sealed class Clock
{
    private int _ticks;

    private void Tick()
    {
        for (int i = 0; i < 100; i++)
            _ticks += 2; // expect: GIL2001
    }

    public int Measure()
    {
        ThreadStart entry = Tick;
        var threads = new[] { new Thread(entry), new Thread(entry) };
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
        return _ticks;
    }
}

public static class Program
{
    public static void Run() => Console.WriteLine(new Clock().Measure());
}
