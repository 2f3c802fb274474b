// group: starting thread races the thread it started
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C186;

public static class Program
{
    static long _sum;

    public static void Run()
    {
        var threads = new List<Thread>();
        for (int k = 0; k < 2; k++)
        {
            var t = new Thread(() => { for (int i = 0; i < 1000; i++) _sum += i; }); // joined before the next starts
            threads.Add(t);
            t.Start();
            t.Join();
        }
        var last = new Thread(() => { for (int i = 0; i < 1000; i++) _sum -= 1; }); // expect: GIL2001
        last.Start();
        _sum *= 2; // expect: GIL2001
        last.Join();
        Console.WriteLine(_sum);
    }
}
