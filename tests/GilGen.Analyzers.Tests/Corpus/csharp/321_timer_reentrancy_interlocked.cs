// group: thread entry: timers
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C321;

public sealed class Poller
{
    private int _busy;
    private int _polls;

    public void OnTick(object state)
    {
        if (Interlocked.Exchange(ref _busy, 1) != 0) return; // another callback is running
        try
        {
            _polls++;
            Thread.Sleep(3);
        }
        finally
        {
            Volatile.Write(ref _busy, 0);
        }
    }

    public int Polls => Volatile.Read(ref _polls);
}

public static class Program
{
    public static void Run()
    {
        var p = new Poller();
        using (new Timer(p.OnTick, null, 0, 1))
        {
            Thread.Sleep(50);
        }
        Console.WriteLine(p.Polls > 0);
    }
}
