// group: check-then-act: ContainsKey/Add
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C120;

public static class Program
{
    static readonly Queue<int> Work = new Queue<int>(Enumerable.Range(0, 100));

    static void Consume()
    {
        while (true)
        {
            if (Work.Count == 0) return; // expect: GIL2005
            int item = Work.Dequeue(); // expect: GIL2006
            Thread.SpinWait(item);
        }
    }

    public static void Run()
    {
        var a = new Thread(Consume);
        var b = new Thread(Consume);
        a.Start(); b.Start();
        a.Join(); b.Join();
        Console.WriteLine(Work.Count);
    }
}
