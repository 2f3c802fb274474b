// group: precision: lock held around the call of an async method
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C240;

public sealed class Tally
{
    private readonly object _gate = new object();
    private int _count;

    // Awaiting an already completed task continues synchronously, still inside the caller's lock.
    private async Task BumpAsync()
    {
        await Task.CompletedTask;
        _count++;
    }

    public void Bump()
    {
        lock (_gate)
        {
            BumpAsync().GetAwaiter().GetResult();
        }
    }

    public int Count { get { lock (_gate) return _count; } }
}

public static class Program
{
    public static void Run()
    {
        var t = new Tally();
        Parallel.For(0, 100, _ => t.Bump());
        Console.WriteLine(t.Count);
    }
}
