// group: ordering: Join/Wait/await/Result
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C142;

public static class Program
{
    public static void Run()
    {
        var lines = new List<string>();
        var reader = Task.Run(() =>
        {
            for (int i = 0; i < 10; i++) lines.Add("line " + i);
            return lines.Count;
        });
        int read = reader.Result; // the task has finished: its writes are visible and over
        lines.Add("total " + read);
        Console.WriteLine(lines.Count);
    }
}
