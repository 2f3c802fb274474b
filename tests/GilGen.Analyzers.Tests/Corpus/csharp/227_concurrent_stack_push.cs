// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C227;

public static class Program
{
    static readonly ConcurrentStack<int> Frames = new ConcurrentStack<int>();

    static async Task EnterAsync(int frame)
    {
        await Task.Delay(1);
        Frames.Push(frame);
    }

    public static void Run()
    {
        Task.WaitAll(Enumerable.Range(0, 10).Select(EnterAsync).ToArray());
        Console.WriteLine(Frames.Count);
    }
}
