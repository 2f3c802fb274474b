// group: precision: unreachable code
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C081;

public static class Program
{
    static int _failures;

    static void Fail(int code)
    {
        throw new InvalidOperationException("code " + code);
        _failures++;
    }

    public static void Run()
    {
        var tasks = Enumerable.Range(0, 4).Select(i => Task.Run(() => Fail(i))).ToArray();
        try { Task.WaitAll(tasks); } catch (AggregateException e) { Console.WriteLine(e.InnerExceptions.Count); }
        Console.WriteLine(_failures);
    }
}
