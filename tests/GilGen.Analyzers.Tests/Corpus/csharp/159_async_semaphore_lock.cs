// group: thread entry: async method after await
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C159;

public sealed class Store
{
    private readonly SemaphoreSlim _mutex = new SemaphoreSlim(1, 1);
    private int _writes;

    public async Task WriteAsync()
    {
        await Task.Yield();
        await _mutex.WaitAsync();
        try
        {
            _writes++;
            await Task.Delay(1);
            _writes++;
        }
        finally
        {
            _mutex.Release();
        }
    }

    public int Writes => _writes;
}

public static class Program
{
    public static void Run()
    {
        var s = new Store();
        Task.WaitAll(Enumerable.Range(0, 10).Select(_ => s.WriteAsync()).ToArray());
        Console.WriteLine(s.Writes);
    }
}
