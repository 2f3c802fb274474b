// group: thread entry: stored delegate started later
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C153;

public static class Program
{
    static int _calls;

    static int Compute()
    {
        _calls++; // expect: GIL2001
        return 42;
    }

    public static void Run()
    {
        Func<int> work = Compute;
        var tasks = Enumerable.Range(0, 5).Select(_ => Task.Run(work)).ToArray();
        Console.WriteLine(tasks.Sum(t => t.Result) + " " + _calls);
    }
}
