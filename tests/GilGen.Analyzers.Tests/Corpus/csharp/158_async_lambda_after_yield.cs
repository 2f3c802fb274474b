// group: thread entry: async method after await
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C158;

public static class Program
{
    static int _n;

    public static void Run()
    {
        Func<Task> step = async () =>
        {
            await Task.Yield();
            _n += 2; // expect: GIL2001
        };
        Task.WaitAll(step(), step(), step());
        Console.WriteLine(_n);
    }
}
