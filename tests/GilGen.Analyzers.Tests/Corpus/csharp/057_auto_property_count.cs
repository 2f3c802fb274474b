// group: storage: auto-property / field-backed property
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C057;

public sealed class Job
{
    public int Attempts { get; set; }
}

public static class Program
{
    public static void Run()
    {
        var job = new Job();
        var tasks = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (int i = 0; i < 100; i++)
                job.Attempts++; // expect: GIL2001
        })).ToArray();
        Task.WaitAll(tasks);
        Console.WriteLine(job.Attempts);
    }
}
