// group: thread entry: ContinueWith
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C151;

public static class Program
{
    static int _completed;

    public static void Run()
    {
        using (var all = new CountdownEvent(6))
        {
            for (int i = 0; i < 6; i++)
            {
                var t = Task.Run(() => Thread.SpinWait(500));
                t.GetAwaiter().OnCompleted(() =>
                {
                    _completed++; // expect: GIL2001
                    all.Signal();
                });
            }
            all.Wait();
        }
        Console.WriteLine(_completed);
    }
}
