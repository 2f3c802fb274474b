// group: thread entry: async method after await
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C301;

public static class Program
{
    static int _x;

    public static void Run()
    {
        var pending = Task.Run(async () =>
        {
            await Task.Delay(1);
            _x += 2; // expect: GIL2001
        });
        for (int i = 0; i < 100; i++) _x++; // expect: GIL2001
        pending.Wait();
        Console.WriteLine(_x);
    }
}
