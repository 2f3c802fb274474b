// group: thread entry: async method after await
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C319;

public sealed class Gate
{
    private const int Max = 4;
    private int _inFlight;
    public int Rejected;

    public async Task SendAsync()
    {
        await Task.Yield();
        if (_inFlight < Max) _inFlight++; // expect: GIL2005
        else Interlocked.Increment(ref Rejected);
    }
}

public static class Program
{
    public static void Run()
    {
        var g = new Gate();
        Task.WaitAll(Enumerable.Range(0, 20).Select(_ => g.SendAsync()).ToArray());
        Console.WriteLine(g.Rejected);
    }
}
