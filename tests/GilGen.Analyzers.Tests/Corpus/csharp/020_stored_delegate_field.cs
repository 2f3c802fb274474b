// group: thread entry: stored delegate started later
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C020;

public static class Program
{
    static int _runs;
    static readonly Action Job = Bump;

    static void Bump()
    {
        _runs++; // expect: GIL2001
    }

    public static void Run()
    {
        var a = Task.Run(Job);
        var b = Task.Run(Job);
        var c = Task.Run(Job);
        Task.WaitAll(a, b, c);
        Console.WriteLine(_runs);
    }
}
