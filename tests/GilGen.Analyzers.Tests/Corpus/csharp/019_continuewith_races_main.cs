// group: thread entry: ContinueWith
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C019;

public static class Program
{
    static int _total;

    static void Load() => Thread.Sleep(5);

    public static void Run()
    {
        var pending = Task.Run(Load).ContinueWith(t =>
        {
            _total += 10; // expect: GIL2001
        });
        for (int i = 0; i < 100; i++)
            _total += 1; // expect: GIL2001
        pending.Wait();
        Console.WriteLine(_total);
    }
}
