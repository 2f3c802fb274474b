// group: thread entry: ContinueWith
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C152;

public sealed class Progress
{
    public int Percent;
}

public static class Program
{
    public static void Run()
    {
        var progress = new Progress();
        var steps = Enumerable.Range(0, 10)
            .Select(_ => Task.Run(() => Thread.Sleep(1))
                .ContinueWith(_ => progress.Percent += 10, TaskContinuationOptions.ExecuteSynchronously)) // expect: GIL2001
            .ToArray();
        Task.WaitAll(steps);
        Console.WriteLine(progress.Percent);
    }
}
