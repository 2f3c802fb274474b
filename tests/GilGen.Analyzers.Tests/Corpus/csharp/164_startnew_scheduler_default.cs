// group: thread entry: Task.Factory.StartNew
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C164;

public static class Program
{
    static long _checksum;

    static void Hash(int block)
    {
        for (int i = 0; i < 100; i++)
            _checksum = _checksum * 31 + block + i; // expect: GIL2001
    }

    public static void Run()
    {
        var tasks = Enumerable.Range(0, 4)
            .Select(b => Task.Factory.StartNew(() => Hash(b), CancellationToken.None,
                TaskCreationOptions.None, TaskScheduler.Default))
            .ToArray();
        Task.WaitAll(tasks);
        Console.WriteLine(_checksum);
    }
}
