// group: storage: captured local
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C192;

public static class Program
{
    public static void Run()
    {
        int finished = 0;
        var tails = new List<Task>();
        for (int i = 0; i < 5; i++)
        {
            tails.Add(Task.Delay(1).ContinueWith(_ =>
            {
                finished++; // expect: GIL2001
            }));
        }
        Task.WaitAll(tails.ToArray());
        Console.WriteLine(finished);
    }
}
