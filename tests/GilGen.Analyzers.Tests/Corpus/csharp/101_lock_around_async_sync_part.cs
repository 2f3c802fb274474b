// group: precision: lock held around the call of an async method
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C101;

public sealed class Uploader
{
    private readonly object _gate = new object();
    private int _queued;
    private int _sent;

    private async Task UploadAsync()
    {
        _queued++; // runs before the first await, inside the caller's lock
        await Task.Yield();
        Interlocked.Increment(ref _sent);
    }

    public Task Enqueue()
    {
        lock (_gate)
        {
            return UploadAsync();
        }
    }

    public int Queued { get { lock (_gate) return _queued; } }
}

public static class Program
{
    public static void Run()
    {
        var up = new Uploader();
        var tasks = Enumerable.Range(0, 8).Select(_ => Task.Run(() => up.Enqueue())).ToArray();
        Task.WaitAll(tasks);
        Console.WriteLine(up.Queued);
    }
}
