// group: implicit: Dispose from using
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C168;

public sealed class Channel : IAsyncDisposable
{
    public static int Closed;

    public async ValueTask DisposeAsync()
    {
        await Task.Yield();
        Closed++; // expect: GIL2001
    }
}

public static class Program
{
    static async Task UseAsync()
    {
        await using (var ch = new Channel())
        {
            await Task.Delay(1);
        }
    }

    public static void Run()
    {
        Task.WaitAll(Enumerable.Range(0, 8).Select(_ => UseAsync()).ToArray());
        Console.WriteLine(Channel.Closed);
    }
}
