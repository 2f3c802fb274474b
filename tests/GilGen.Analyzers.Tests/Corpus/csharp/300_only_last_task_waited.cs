// group: ordering: Join/Wait/await/Result
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C300;

public static class Program
{
    static int _count;

    public static void Run()
    {
        Task last = null;
        for (int i = 0; i < 4; i++)
            last = Task.Run(() => { for (int j = 0; j < 100; j++) _count++; }); // expect: GIL2001
        last.Wait(); // the earlier tasks may still be running
        _count++; // expect: GIL2001
        Console.WriteLine(_count);
    }
}
