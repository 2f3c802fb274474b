// group: precision: writes before Start
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C298;

public static class Program
{
    static int _n;

    public static void Run()
    {
        var task = new Task(() => _n += 10);
        _n++;
        _n++;
        task.Start();
        task.Wait();
        _n++;
        Console.WriteLine(_n);
    }
}
