// group: thread entry: ContinueWith
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C017;

public static class Program
{
    static int _done;

    public static void Run()
    {
        var all = new List<Task>();
        for (int i = 0; i < 8; i++)
        {
            var work = Task.Run(() => Thread.SpinWait(1000));
            all.Add(work.ContinueWith(_ => _done++)); // expect: GIL2001
        }
        Task.WaitAll(all.ToArray());
        Console.WriteLine(_done);
    }
}
