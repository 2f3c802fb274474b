// group: baseline: RMW in two threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C003;

public static class Program
{
    static long _bytes;

    static void Copy(int size)
    {
        Interlocked.Add(ref _bytes, size);
    }

    public static void Run()
    {
        var tasks = new List<Task>();
        for (int i = 1; i <= 8; i++)
        {
            int size = i * 512;
            tasks.Add(Task.Run(() => Copy(size)));
        }
        Task.WaitAll(tasks.ToArray());
        Console.WriteLine(Interlocked.Read(ref _bytes));
    }
}
