// group: starting thread races the thread it started
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C143;

public static class Program
{
    public static void Run()
    {
        var lines = new List<string>();
        var reader = Task.Run(() =>
        {
            for (int i = 0; i < 1000; i++) lines.Add("line " + i); // expect: GIL2006
        });
        for (int i = 0; i < 1000; i++) lines.Add("main " + i); // expect: GIL2006
        reader.Wait();
        Console.WriteLine(lines.Count);
    }
}
