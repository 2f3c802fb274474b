// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C144;

public sealed class Poller
{
    private readonly Dictionary<string, int> _status = new Dictionary<string, int>();
    private readonly System.Timers.Timer _a = new System.Timers.Timer(1);
    private readonly System.Timers.Timer _b = new System.Timers.Timer(1);

    public Poller()
    {
        _a.Elapsed += (s, e) => _status["a:" + e.SignalTime.Millisecond] = 1; // expect: GIL2006
        _b.Elapsed += (s, e) => _status["b:" + e.SignalTime.Millisecond] = 2; // expect: GIL2006
    }

    public void Poll()
    {
        _a.Start(); _b.Start();
        Thread.Sleep(50);
        _a.Stop(); _b.Stop();
    }
}

public static class Program
{
    public static void Run() => new Poller().Poll();
}
