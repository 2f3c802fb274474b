// group: thread entry: Task.Factory.StartNew
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C163;

public sealed class Box
{
    public int N;
}

public static class Program
{
    public static void Run()
    {
        var box = new Box();
        var tasks = new Task[3];
        for (int i = 0; i < tasks.Length; i++)
        {
            tasks[i] = Task.Factory.StartNew(state =>
            {
                var b = (Box)state;
                for (int j = 0; j < 100; j++) b.N++; // expect: GIL2001
            }, box);
        }
        Task.WaitAll(tasks);
        Console.WriteLine(box.N);
    }
}
