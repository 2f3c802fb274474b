// group: thread entry: finalizer
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C015;

public static class Journal
{
    public static readonly List<string> Lines = new List<string>();
}

public sealed class Buffer
{
    private readonly int _id;

    public Buffer(int id)
    {
        _id = id;
        Journal.Lines.Add("alloc " + id); // expect: GIL2006
    }

    ~Buffer()
    {
        Journal.Lines.Add("free " + _id); // expect: GIL2006
    }
}

public static class Program
{
    public static void Run()
    {
        for (int i = 0; i < 5000; i++)
            new Buffer(i);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Console.WriteLine(Journal.Lines.Count);
    }
}
