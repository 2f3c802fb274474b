// group: precision: thread started from a local function
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C293;

public static class Program
{
    static int _fetched;

    public static void Run()
    {
        Task.WaitAll(FetchAsync(), FetchAsync(), FetchAsync());
        Console.WriteLine(_fetched);

        static async Task FetchAsync()
        {
            await Task.Delay(1);
            _fetched++; // expect: GIL2001
        }
    }
}
