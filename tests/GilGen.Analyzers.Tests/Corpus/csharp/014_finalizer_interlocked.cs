// group: thread entry: finalizer
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C014;

public sealed class Handle
{
    private static int _live;

    public static int Live => Volatile.Read(ref _live);

    public Handle()
    {
        Interlocked.Increment(ref _live);
    }

    ~Handle()
    {
        Interlocked.Decrement(ref _live);
    }
}

public static class Program
{
    public static void Run()
    {
        for (int i = 0; i < 10000; i++)
        {
            new Handle();
        }
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Console.WriteLine(Handle.Live);
    }
}
