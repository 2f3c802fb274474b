// group: storage: auto-property / field-backed property
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C058;

public static class Diagnostics
{
    public static int Errors { get; private set; }

    public static void Report(string message)
    {
        if (message.Length > 3)
            Errors += 1; // expect: GIL2001
    }
}

public static class Program
{
    public static void Run()
    {
        Parallel.For(0, 500, i => Diagnostics.Report("error " + i));
        Console.WriteLine(Diagnostics.Errors);
    }
}
