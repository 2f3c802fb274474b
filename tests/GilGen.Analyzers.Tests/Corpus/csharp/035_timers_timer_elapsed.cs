// group: thread entry: timers
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C035;

public sealed class Heartbeat
{
    private int _beats;
    private readonly System.Timers.Timer _timer = new System.Timers.Timer(1);

    public Heartbeat()
    {
        _timer.Elapsed += (sender, e) =>
        {
            _beats++; // expect: GIL2001
        };
    }

    public int Observe()
    {
        _timer.Start();
        for (int i = 0; i < 100; i++)
        {
            _beats++; // expect: GIL2001
            Thread.Sleep(1);
        }
        _timer.Stop();
        return _beats;
    }
}

public static class Program
{
    public static void Run() => Console.WriteLine(new Heartbeat().Observe());
}
