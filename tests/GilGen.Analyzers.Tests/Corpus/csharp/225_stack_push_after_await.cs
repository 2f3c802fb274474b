// group: thread entry: async method after await
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C225;

public static class Program
{
    static readonly Stack<int> Frames = new Stack<int>();

    static async Task EnterAsync(int frame)
    {
        await Task.Delay(1);
        Frames.Push(frame); // expect: GIL2006
    }

    public static void Run()
    {
        Task.WaitAll(Enumerable.Range(0, 10).Select(EnterAsync).ToArray());
        Console.WriteLine(Frames.Count);
    }
}
