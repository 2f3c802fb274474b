// group: ordering: Join/Wait/await/Result
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C018;

public static class Program
{
    static int _step;

    public static void Run()
    {
        // One chain: each continuation starts only after its antecedent finished.
        Task.Run(() => _step++)
            .ContinueWith(_ => _step++)
            .ContinueWith(_ => _step += 10)
            .Wait();
        _step++;
        Console.WriteLine(_step);
    }
}
