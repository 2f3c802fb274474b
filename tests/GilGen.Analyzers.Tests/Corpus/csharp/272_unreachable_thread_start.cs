// group: precision: unreachable code
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C272;

public static class Program
{
    const bool UseBackgroundFlush = false;
    static int _flushes;

    static void Flush()
    {
        _flushes++; // only ever runs on the calling thread
    }

    public static void Run()
    {
        if (UseBackgroundFlush)
        {
            new Thread(Flush).Start();
        }
        for (int i = 0; i < 10; i++) Flush();
        Console.WriteLine(_flushes);
    }
}
