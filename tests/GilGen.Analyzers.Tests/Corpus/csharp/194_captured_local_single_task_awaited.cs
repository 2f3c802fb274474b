// group: storage: captured local
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C194;

public static class Program
{
    static async Task<int> CountAsync()
    {
        int lines = 0;
        await Task.Run(() =>
        {
            for (int i = 0; i < 10; i++) lines++;
        });
        lines += 5;
        return lines;
    }

    public static void Run() => Console.WriteLine(CountAsync().Result);
}
