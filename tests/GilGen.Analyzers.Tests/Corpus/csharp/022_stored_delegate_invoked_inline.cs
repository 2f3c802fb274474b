// group: thread entry: stored delegate started later
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C022;

public static class Program
{
    static int _runs;

    static void Bump()
    {
        _runs++;
    }

    public static void Run()
    {
        // The delegate is only ever invoked on the calling thread.
        Action job = Bump;
        job();
        job();
        job.Invoke();
        Console.WriteLine(_runs);
    }
}
