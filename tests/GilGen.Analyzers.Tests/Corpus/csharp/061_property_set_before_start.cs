// group: precision: writes before Start
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C061;

public sealed class Options
{
    public int Retries { get; set; }
    public int Workers { get; set; }
}

public static class Program
{
    public static void Run()
    {
        var options = new Options();
        options.Retries += 3;
        options.Workers++;
        var t = new Thread(() =>
        {
            options.Retries *= 2;
        });
        t.Start();
        t.Join();
        options.Workers++;
        Console.WriteLine(options.Retries + " " + options.Workers);
    }
}
