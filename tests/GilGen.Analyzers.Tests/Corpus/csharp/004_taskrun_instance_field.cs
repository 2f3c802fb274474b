// group: baseline: RMW in two threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C004;

public sealed class Meter
{
    private int _value;

    public void Add(int n)
    {
        _value += n; // expect: GIL2001
    }

    public int Value => _value;
}

public static class Program
{
    public static void Run()
    {
        var meter = new Meter();
        var tasks = Enumerable.Range(0, 4)
            .Select(k => Task.Run(() => { for (int i = 0; i < 100; i++) meter.Add(k); }))
            .ToArray();
        Task.WaitAll(tasks);
        Console.WriteLine(meter.Value);
    }
}
