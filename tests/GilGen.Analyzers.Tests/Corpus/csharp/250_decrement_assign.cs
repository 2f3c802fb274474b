// group: form: Math.Max / x = f(x) / ??=
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C250;

public static class Program
{
    static int _remaining = 1000;

    static void Consume()
    {
        for (int i = 0; i < 250; i++)
            _remaining = _remaining - 1; // expect: GIL2001
    }

    public static void Run()
    {
        var ts = Enumerable.Range(0, 4).Select(_ => Task.Factory.StartNew(Consume)).ToArray();
        Task.WaitAll(ts);
        Console.WriteLine(_remaining);
    }
}
