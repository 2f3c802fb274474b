// group: precision: thread started from a local function
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C294;

public static class Program
{
    static int _fetched;

    static async Task MainAsync()
    {
        await FetchAsync();
        await FetchAsync(); // awaited one after the other
        _fetched++;

        static async Task FetchAsync()
        {
            await Task.Delay(1);
            _fetched++;
        }
    }

    public static void Run()
    {
        MainAsync().GetAwaiter().GetResult();
        Console.WriteLine(_fetched);
    }
}
