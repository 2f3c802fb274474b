// group: precision: writes before Start
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C275;

public static class Program
{
    public static void Run()
    {
        var data = new int[1000];
        for (int i = 0; i < data.Length; i++)
            data[i] += i * 3;
        var sums = new long[4];
        var ts = Enumerable.Range(0, 4).Select(k => Task.Run(() =>
        {
            for (int i = k; i < data.Length; i += 4) sums[k] += data[i];
        })).ToArray();
        Task.WaitAll(ts);
        Console.WriteLine(sums.Sum());
    }
}
