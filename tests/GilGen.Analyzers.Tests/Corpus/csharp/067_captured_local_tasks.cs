// group: storage: captured local
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C067;

public static class Program
{
    public static void Run()
    {
        int done = 0;
        var tasks = Enumerable.Range(0, 16).Select(i => Task.Run(() =>
        {
            Thread.SpinWait(i * 10);
            done++; // expect: GIL2001
        })).ToArray();
        Task.WaitAll(tasks);
        Console.WriteLine(done);
    }
}
