// group: form: Math.Max / x = f(x) / ??=
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C073;

public sealed class Watermark
{
    private readonly object _gate = new object();
    private long _high;

    public void Observe(long value)
    {
        lock (_gate)
        {
            _high = Math.Max(_high, value);
        }
    }

    public long High { get { lock (_gate) return _high; } }
}

public static class Program
{
    public static void Run()
    {
        var w = new Watermark();
        Parallel.For(0, 1000, i => w.Observe((i * 37) % 1000));
        Console.WriteLine(w.High);
    }
}
