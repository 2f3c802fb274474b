// group: precision: lock held around the call of an async method
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C100;

public static class Program
{
    static readonly object Gate = new object();
    static int _started;
    static int _completed;

    static async Task ProcessAsync(int id)
    {
        _started++;
        await Task.Delay(1);
        _completed++; // expect: GIL2001
    }

    public static void Run()
    {
        var tasks = new List<Task>();
        for (int i = 0; i < 10; i++)
        {
            lock (Gate)
            {
                tasks.Add(ProcessAsync(i));
            }
        }
        Task.WaitAll(tasks.ToArray());
        Console.WriteLine(_started + " " + _completed);
    }
}
