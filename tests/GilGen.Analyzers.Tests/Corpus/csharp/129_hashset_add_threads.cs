// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C129;

public static class Program
{
    static readonly HashSet<int> Seen = new HashSet<int>();

    static void Visit(int start)
    {
        for (int i = start; i < start + 500; i++)
            Seen.Add(i % 300); // expect: GIL2006
    }

    public static void Run()
    {
        var a = new Thread(() => Visit(0));
        var b = new Thread(() => Visit(250));
        a.Start(); b.Start();
        a.Join(); b.Join();
        Console.WriteLine(Seen.Count);
    }
}
