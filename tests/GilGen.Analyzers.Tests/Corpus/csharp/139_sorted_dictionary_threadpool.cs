// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C139;

public static class Program
{
    static readonly SortedDictionary<int, string> Events = new SortedDictionary<int, string>();

    public static void Run()
    {
        using (var done = new CountdownEvent(10))
        {
            for (int i = 0; i < 10; i++)
            {
                int stamp = i;
                ThreadPool.QueueUserWorkItem(_ =>
                {
                    Events[stamp] = "event" + stamp; // expect: GIL2006
                    done.Signal();
                });
            }
            done.Wait();
        }
        Console.WriteLine(Events.Count);
    }
}
