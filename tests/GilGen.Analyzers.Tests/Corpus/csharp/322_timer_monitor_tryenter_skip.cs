// group: thread entry: timers
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C322;

public sealed class Flusher
{
    private readonly object _gate = new object();
    private int _flushes;

    public void OnTick(object state)
    {
        if (!Monitor.TryEnter(_gate)) return; // skip this tick while a flush is running
        try
        {
            _flushes++;
        }
        finally
        {
            Monitor.Exit(_gate);
        }
    }

    public int Flushes { get { lock (_gate) return _flushes; } }
}

public static class Program
{
    public static void Run()
    {
        var f = new Flusher();
        using (new Timer(f.OnTick, null, 0, 1))
        using (new Timer(f.OnTick, null, 0, 1))
        {
            Thread.Sleep(30);
        }
        Console.WriteLine(f.Flushes >= 0);
    }
}
