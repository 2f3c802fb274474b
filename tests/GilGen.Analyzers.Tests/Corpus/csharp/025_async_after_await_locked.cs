// group: thread entry: async method after await
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C025;

public sealed class Inbox
{
    private readonly object _gate = new object();
    private int _received;

    public async Task ReceiveAsync()
    {
        await Task.Delay(1);
        lock (_gate)
        {
            _received++;
        }
    }

    public int Received { get { lock (_gate) return _received; } }
}

public static class Program
{
    public static void Run()
    {
        var inbox = new Inbox();
        Task.WaitAll(Enumerable.Range(0, 20).Select(_ => inbox.ReceiveAsync()).ToArray());
        Console.WriteLine(inbox.Received);
    }
}
