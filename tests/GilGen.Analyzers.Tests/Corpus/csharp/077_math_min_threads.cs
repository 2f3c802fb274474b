// group: form: Math.Max / x = f(x) / ??=
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C077;

public static class Program
{
    static double _lowest = double.MaxValue;

    static void Scan(double[] samples, int from, int to)
    {
        for (int i = from; i < to; i++)
            _lowest = Math.Min(_lowest, samples[i]); // expect: GIL2001
    }

    public static void Run()
    {
        var samples = Enumerable.Range(0, 2000).Select(i => Math.Sin(i) * 100).ToArray();
        var a = new Thread(() => Scan(samples, 0, 1000));
        var b = new Thread(() => Scan(samples, 1000, 2000));
        a.Start(); b.Start();
        a.Join(); b.Join();
        Console.WriteLine(_lowest);
    }
}
