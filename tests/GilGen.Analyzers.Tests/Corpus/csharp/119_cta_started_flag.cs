// group: check-then-act: bounded counter (if (count < max) count++)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C119;

public sealed class Engine
{
    private bool _started;
    public int Starts;

    public void EnsureStarted()
    {
        if (!_started) // expect: GIL2005
        {
            _started = true;
            Interlocked.Increment(ref Starts);
        }
    }
}

public static class Program
{
    public static void Run()
    {
        var engine = new Engine();
        Parallel.For(0, 16, _ => engine.EnsureStarted());
        Console.WriteLine(engine.Starts);
    }
}
