// group: thread entry: ThreadPool
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C167;

public sealed class Box
{
    public int N;
}

public static class Program
{
    public static void Run()
    {
        var box = new Box();
        using (var done = new CountdownEvent(8))
        {
            for (int i = 0; i < 8; i++)
            {
                ThreadPool.QueueUserWorkItem(b =>
                {
                    b.N += 10; // expect: GIL2001
                    done.Signal();
                }, box, preferLocal: false);
            }
            done.Wait();
        }
        Console.WriteLine(box.N);
    }
}
