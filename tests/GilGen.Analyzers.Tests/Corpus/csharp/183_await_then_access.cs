// group: ordering: Join/Wait/await/Result
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C183;

public static class Program
{
    static int _count;

    static async Task RunAsync()
    {
        await Task.Run(() =>
        {
            for (int i = 0; i < 100; i++) _count++;
        });
        _count++;
        await Task.Run(() => _count += 10);
        _count++;
    }

    public static void Run()
    {
        RunAsync().GetAwaiter().GetResult();
        Console.WriteLine(_count);
    }
}
