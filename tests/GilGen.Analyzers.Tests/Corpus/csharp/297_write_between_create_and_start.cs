// group: precision: writes before Start
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C297;

public static class Program
{
    static int _setting;

    public static void Run()
    {
        var t = new Thread(() => _setting *= 3);
        _setting += 5; // the thread exists but has not started: Start orders this write
        t.Start();
        t.Join();
        _setting++;
        Console.WriteLine(_setting);
    }
}
