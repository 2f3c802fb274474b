// group: form: Math.Max / x = f(x) / ??=
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C078;

public static class Program
{
    static string _log = "";

    static void Note(string line)
    {
        _log = _log + line + "\n"; // expect: GIL2001
    }

    public static void Run()
    {
        Parallel.Invoke(
            () => Note("starting cache"),
            () => Note("starting index"),
            () => Note("starting web"));
        Console.WriteLine(_log.Length);
    }
}
