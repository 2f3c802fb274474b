// group: ordering: Join/Wait/await/Result
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C185;

public static class Program
{
    static int _rows;

    public static void Run()
    {
        using (var loaded = new ManualResetEventSlim(false))
        {
            ThreadPool.QueueUserWorkItem(_ =>
            {
                for (int i = 0; i < 50; i++) _rows++;
                loaded.Set(); // last thing the worker does
            });
            loaded.Wait();
            _rows++;
        }
        Console.WriteLine(_rows);
    }
}
