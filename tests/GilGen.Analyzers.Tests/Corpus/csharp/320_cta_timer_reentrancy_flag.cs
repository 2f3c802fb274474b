// group: thread entry: timers
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C320;

public sealed class Poller
{
    private bool _busy;
    private int _polls;

    public void OnTick(object state)
    {
        if (!_busy) // expect: GIL2005
        {
            _busy = true;
            Interlocked.Increment(ref _polls);
            Thread.Sleep(3); // longer than the period: callbacks overlap
            _busy = false;
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
