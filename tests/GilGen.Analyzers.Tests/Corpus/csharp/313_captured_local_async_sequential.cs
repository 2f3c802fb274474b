// group: storage: captured local
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C313;

public static class Program
{
    static async Task<int> CountAsync()
    {
        int n = 0;
        Func<Task> step = async () =>
        {
            await Task.Yield();
            n++;
        };
        await step();
        await step();
        await step();
        return n;
    }

    public static void Run() => Console.WriteLine(CountAsync().Result);
}
