// group: precision: lock held around the call of an async method
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C241;

public static class Program
{
    static readonly object Gate = new object();
    static readonly List<int> Acks = new List<int>();

    static async Task SendAsync(int id)
    {
        // Before the first await, inside the caller's lock; but the lock does not exclude the
        // post-await Add of the calls started earlier.
        Acks.Add(-id); // expect: GIL2006
        await Task.Yield();
        Acks.Add(id); // expect: GIL2006
    }

    public static void Run()
    {
        var sends = new List<Task>();
        for (int i = 1; i <= 8; i++)
        {
            lock (Gate) sends.Add(SendAsync(i));
        }
        Task.WaitAll(sends.ToArray());
        Console.WriteLine(Acks.Count);
    }
}
