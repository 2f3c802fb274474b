// group: implicit: Dispose from using
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C315;

public sealed class Span : IDisposable
{
    public static long TotalTicks;
    private readonly long _start = DateTime.UtcNow.Ticks;

    public void Dispose()
    {
        TotalTicks += DateTime.UtcNow.Ticks - _start; // expect: GIL2001
    }
}

public static class Program
{
    static void Handle(int i)
    {
        using var span = new Span();
        Thread.SpinWait(i * 10);
    }

    public static void Run()
    {
        var ts = Enumerable.Range(0, 4).Select(k => new Thread(() => { for (int i = 0; i < 100; i++) Handle(i); })).ToList();
        ts.ForEach(t => t.Start());
        ts.ForEach(t => t.Join());
        Console.WriteLine(Span.TotalTicks >= 0);
    }
}
