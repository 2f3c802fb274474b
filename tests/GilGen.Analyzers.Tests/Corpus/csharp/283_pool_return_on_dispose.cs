// group: implicit: Dispose from using
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C283;

public sealed class PooledBuffer : IDisposable
{
    public static readonly List<PooledBuffer> Returned = new List<PooledBuffer>();

    public void Dispose()
    {
        Returned.Add(this); // expect: GIL2006
    }
}

public static class Program
{
    public static void Run()
    {
        using (var done = new CountdownEvent(20))
        {
            for (int i = 0; i < 20; i++)
            {
                ThreadPool.QueueUserWorkItem(_ =>
                {
                    using (var buf = new PooledBuffer()) { }
                    done.Signal();
                });
            }
            done.Wait();
        }
        Console.WriteLine(PooledBuffer.Returned.Count);
    }
}
