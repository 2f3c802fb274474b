// group: implicit: Dispose from using
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C041;

public static class Pool
{
    public static int InUse;
}

public sealed class Lease : IDisposable
{
    public Lease()
    {
        Pool.InUse++; // expect: GIL2001
    }

    public void Dispose()
    {
        Pool.InUse--; // expect: GIL2001
    }
}

public static class Program
{
    public static void Run()
    {
        Parallel.For(0, 100, i =>
        {
            using (new Lease())
            {
                Thread.SpinWait(100);
            }
        });
        Console.WriteLine(Pool.InUse);
    }
}
