// group: thread entry: ThreadPool
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C040;

public static class Program
{
    static int _jobs;

    public static void Run()
    {
        using (var done = new CountdownEvent(16))
        {
            for (int i = 0; i < 16; i++)
            {
                ThreadPool.QueueUserWorkItem(_ =>
                {
                    Interlocked.Increment(ref _jobs);
                    done.Signal();
                });
            }
            done.Wait();
        }
        Console.WriteLine(Volatile.Read(ref _jobs));
    }
}
