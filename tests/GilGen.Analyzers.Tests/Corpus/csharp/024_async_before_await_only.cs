// group: thread entry: async method after await
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C024;

public static class Program
{
    static int _started;
    static int _finished;

    static async Task HandleAsync(int id)
    {
        // Runs synchronously on the caller, which starts the calls one after another.
        _started++;
        await Task.Delay(1);
        Interlocked.Increment(ref _finished);
    }

    public static void Run()
    {
        var tasks = new List<Task>();
        for (int i = 0; i < 10; i++)
            tasks.Add(HandleAsync(i));
        Task.WaitAll(tasks.ToArray());
        Console.WriteLine(_started + " " + _finished);
    }
}
