// group: storage: captured local
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C265;

public static class Program
{
    public static void Run()
    {
        int sum = 0;
        using (var done = new CountdownEvent(10))
        {
            for (int i = 0; i < 10; i++)
            {
                ThreadPool.QueueUserWorkItem(_ =>
                {
                    sum += 2; // expect: GIL2001
                    done.Signal();
                });
            }
            done.Wait();
        }
        Console.WriteLine(sum);
    }
}
