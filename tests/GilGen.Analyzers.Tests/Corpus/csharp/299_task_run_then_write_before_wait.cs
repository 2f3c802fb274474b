// group: starting thread races the thread it started
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C299;

public sealed class Config
{
    public int Level;
}

public static class Program
{
    public static void Run()
    {
        var cfg = new Config();
        var t = Task.Run(() => cfg.Level++); // expect: GIL2001
        cfg.Level++; // expect: GIL2001
        t.Wait();
        Console.WriteLine(cfg.Level);
    }
}
