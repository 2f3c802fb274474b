// group: storage: captured local
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C063;

public static class Program
{
    public static void Run()
    {
        var total = 0;
        var t = new Thread(() =>
        {
            for (int i = 0; i < 1000; i++)
                total += 5; // expect: GIL2001
        });
        t.Start();
        for (int i = 0; i < 1000; i++)
            total += 1; // expect: GIL2001
        t.Join();
        Console.WriteLine(total);
    }
}
