// group: precision: writes before Start
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C096;

public sealed class Job
{
    public int Budget;
    public List<int> Steps = new List<int>();
}

public static class Program
{
    public static void Run()
    {
        var job = new Job();
        for (int i = 0; i < 10; i++)
        {
            job.Budget += i;
            job.Steps.Add(i);
        }
        var task = Task.Run(() =>
        {
            job.Budget -= 5;
            job.Steps.Add(-1);
        });
        task.Wait();
        job.Budget++;
        Console.WriteLine(job.Budget + " " + job.Steps.Count);
    }
}
