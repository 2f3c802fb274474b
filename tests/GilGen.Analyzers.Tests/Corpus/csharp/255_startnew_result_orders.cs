// group: ordering: Join/Wait/await/Result
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C255;

public static class Program
{
    static int _n;

    public static void Run()
    {
        Task<int> t = Task.Factory.StartNew(() =>
        {
            _n += 5;
            return _n;
        });
        int r = t.Result;
        _n += r;
        Console.WriteLine(_n);
    }
}
