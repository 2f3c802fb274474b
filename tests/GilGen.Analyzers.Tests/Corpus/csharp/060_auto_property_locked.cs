// group: storage: auto-property / field-backed property
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C060;

public sealed class Job
{
    private readonly object _gate = new object();

    public int Attempts { get; private set; }

    public void Retry()
    {
        lock (_gate)
        {
            Attempts++;
        }
    }
}

public static class Program
{
    public static void Run()
    {
        var job = new Job();
        Parallel.For(0, 400, _ => job.Retry());
        Console.WriteLine(job.Attempts);
    }
}
