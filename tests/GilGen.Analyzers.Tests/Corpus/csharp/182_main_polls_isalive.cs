// group: starting thread races the thread it started
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C182;

public static class Program
{
    static int _spins;

    public static void Run()
    {
        var worker = new Thread(() =>
        {
            for (int i = 0; i < 100000; i++)
                _spins++; // expect: GIL2001
        });
        worker.Start();
        while (worker.IsAlive)
            _spins += 1000; // expect: GIL2001
        Console.WriteLine(_spins);
    }
}
