// group: thread entry: ThreadPool
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C039;

public static class Program
{
    static int _signals;

    static void OnSignal(object state, bool timedOut)
    {
        _signals++; // expect: GIL2001
    }

    public static void Run()
    {
        using (var ev = new ManualResetEvent(false))
        {
            var handles = new List<RegisteredWaitHandle>();
            for (int i = 0; i < 4; i++)
                handles.Add(ThreadPool.RegisterWaitForSingleObject(ev, OnSignal, null, -1, true));
            ev.Set();
            Thread.Sleep(100);
            foreach (var h in handles) h.Unregister(null);
        }
        Console.WriteLine(_signals);
    }
}
