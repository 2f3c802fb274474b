// group: precision: writes before Start
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C095;

public static class Program
{
    static int _configured;
    static readonly List<string> Names = new List<string>();

    public static void Run()
    {
        _configured++;
        Names.Add("main");
        var t = new Thread(() =>
        {
            _configured++;
            Names.Add("worker");
        });
        t.Start();
        t.Join();
        _configured++;
        Names.Add("after");
        Console.WriteLine(_configured + " " + Names.Count);
    }
}
