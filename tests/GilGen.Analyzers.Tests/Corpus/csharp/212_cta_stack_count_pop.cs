// group: check-then-act: ContainsKey/Add
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C212;

public static class Program
{
    static readonly Stack<int> Jobs = new Stack<int>(Enumerable.Range(0, 200));
    static readonly object Gate = new object();
    static long _done;

    static void Worker()
    {
        while (Jobs.Count > 0) // expect: GIL2005
        {
            int job = Jobs.Pop(); // expect: GIL2006
            lock (Gate) _done += job;
        }
    }

    public static void Run()
    {
        var ts = new[] { new Thread(Worker), new Thread(Worker) };
        foreach (var t in ts) t.Start();
        foreach (var t in ts) t.Join();
        Console.WriteLine(_done);
    }
}
