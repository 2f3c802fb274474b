// group: implicit: Dispose from using
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C042;

public static class Pool
{
    public static readonly object Gate = new object();
    public static int InUse;
}

public sealed class Lease : IDisposable
{
    public Lease()
    {
        lock (Pool.Gate) Pool.InUse++;
    }

    public void Dispose()
    {
        lock (Pool.Gate) Pool.InUse--;
    }
}

public static class Program
{
    public static void Run()
    {
        Parallel.For(0, 100, i =>
        {
            using var lease = new Lease();
            Thread.SpinWait(100);
        });
        Console.WriteLine(Pool.InUse);
    }
}
