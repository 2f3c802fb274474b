// group: precision: per-instance lock (lock identity includes the receiver)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C087;

public sealed class Worker
{
    public static long Processed;

    public void Process(int n)
    {
        lock (this)
        {
            Processed += n; // expect: GIL2001
        }
    }
}

public static class Program
{
    public static void Run()
    {
        var threads = Enumerable.Range(0, 3).Select(_ =>
        {
            var w = new Worker(); // one Worker, hence one lock, per thread
            return new Thread(() => { for (int i = 0; i < 100; i++) w.Process(i); });
        }).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Console.WriteLine(Worker.Processed);
    }
}
