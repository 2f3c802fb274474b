// group: precision: thread started from a local function
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C236;

public static class Program
{
    static int _uploaded;

    static void Upload(int part)
    {
        _uploaded += part; // expect: GIL2001
    }

    public static void Run()
    {
        var tasks = new List<Task>();
        for (int i = 1; i <= 4; i++)
            Launch(i);
        Task.WaitAll(tasks.ToArray());
        Console.WriteLine(_uploaded);

        void Launch(int part) => tasks.Add(Task.Run(() => Upload(part)));
    }
}
