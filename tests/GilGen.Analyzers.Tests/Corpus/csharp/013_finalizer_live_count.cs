// group: thread entry: finalizer
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C013;

public sealed class Handle
{
    public static int Live;

    public Handle()
    {
        Live++; // expect: GIL2001
    }

    ~Handle()
    {
        Live--; // expect: GIL2001
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
