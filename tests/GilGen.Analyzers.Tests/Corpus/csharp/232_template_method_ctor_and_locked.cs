// group: precision: template method (lock held by every caller of a virtual)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C232;

public class Target
{
    protected readonly object SyncRoot = new object();
    protected int Generation;

    public Target()
    {
        Reset(); // before the object is shared with any thread
    }

    public void Reconfigure()
    {
        lock (SyncRoot) { Reset(); }
    }

    protected virtual void Reset()
    {
        Generation++;
    }
}

public sealed class NetworkTarget : Target
{
    protected override void Reset()
    {
        Generation += 2;
    }
}

public static class Program
{
    public static void Run()
    {
        var t = new NetworkTarget();
        Parallel.For(0, 10, _ => t.Reconfigure());
        Console.WriteLine("ok");
    }
}
