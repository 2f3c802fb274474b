// group: starting thread races the thread it started
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C097;

public static class Program
{
    static int _budget = 100;

    public static void Run()
    {
        var t = new Thread(() =>
        {
            for (int i = 0; i < 50; i++)
                _budget -= 1; // expect: GIL2001
        });
        t.Start();
        _budget += 50; // expect: GIL2001
        t.Join();
        Console.WriteLine(_budget);
    }
}
