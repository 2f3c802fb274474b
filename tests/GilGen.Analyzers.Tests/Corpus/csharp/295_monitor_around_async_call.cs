// group: precision: lock held around the call of an async method
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C295;

public sealed class Index
{
    private readonly object _gate = new object();
    private int _version;

    private async Task RebuildAsync()
    {
        // Before the first await this runs inside Rebuild's Monitor.Enter/Exit, but the lock does
        // not exclude the post-await increment of an earlier call.
        _version++; // expect: GIL2001
        await Task.Delay(1).ConfigureAwait(false);
        _version++; // expect: GIL2001
    }

    public Task Rebuild()
    {
        Monitor.Enter(_gate);
        try
        {
            return RebuildAsync();
        }
        finally
        {
            Monitor.Exit(_gate);
        }
    }
}

public static class Program
{
    public static void Run()
    {
        var idx = new Index();
        Task.WaitAll(Enumerable.Range(0, 6).Select(_ => Task.Run(idx.Rebuild)).ToArray());
        Console.WriteLine("done");
    }
}
