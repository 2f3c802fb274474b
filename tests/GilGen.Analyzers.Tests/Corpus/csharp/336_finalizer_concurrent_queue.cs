// group: thread entry: finalizer
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C336;

public sealed class Resource
{
    public static readonly ConcurrentQueue<int> Leaked = new ConcurrentQueue<int>();
    private readonly int _id;

    public Resource(int id) { _id = id; }

    ~Resource()
    {
        Leaked.Enqueue(_id);
    }
}

public static class Program
{
    public static void Run()
    {
        for (int i = 0; i < 1000; i++) new Resource(i);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Console.WriteLine(Resource.Leaked.Count);
    }
}
