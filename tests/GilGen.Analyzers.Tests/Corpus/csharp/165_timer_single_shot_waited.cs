// group: thread entry: timers
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C165;

public static class Program
{
    static int _fired;

    public static void Run()
    {
        using (var done = new ManualResetEventSlim(false))
        using (var timer = new Timer(_ =>
        {
            _fired++;
            done.Set();
        }, null, 10, Timeout.Infinite)) // fires once
        {
            done.Wait();
            _fired++;
        }
        Console.WriteLine(_fired);
    }
}
