// group: precision: writes before Start
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C276;

public sealed class Job
{
    public int Retries;
    public string Name;
}

public static class Program
{
    public static void Run()
    {
        var job = new Job { Name = "sync" };
        job.Retries++;
        job.Retries += 2;
        using (var done = new ManualResetEventSlim())
        {
            ThreadPool.QueueUserWorkItem(_ =>
            {
                job.Retries++;
                done.Set();
            });
            done.Wait();
        }
        job.Retries++;
        Console.WriteLine(job.Name + " " + job.Retries);
    }
}
