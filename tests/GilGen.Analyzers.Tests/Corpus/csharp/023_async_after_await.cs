// group: thread entry: async method after await
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C023;

public static class Program
{
    static int _handled;

    static async Task HandleAsync(int id)
    {
        await Task.Yield();
        _handled++; // expect: GIL2001
    }

    public static void Run()
    {
        var tasks = Enumerable.Range(0, 10).Select(HandleAsync).ToArray();
        Task.WaitAll(tasks);
        Console.WriteLine(_handled);
    }
}
